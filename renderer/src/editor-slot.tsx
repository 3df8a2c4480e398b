/** Adopts the one Monaco editor's element into the active row (and gives it back when the row scrolls away). */
import { useLayoutEffect, useRef } from 'react';
import type { TargetEditor } from './target-editor';

export function EditorSlot({ editor, rowId, text }: { editor: TargetEditor; rowId: string; text: string }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = slot.current!;
    el.appendChild(editor.host);
    editor.editor.layout();
    return () => {
      if (editor.host.parentElement === el) el.removeChild(editor.host);
    };
  }, [editor]);
  useLayoutEffect(() => {
    editor.show(rowId, text);
  }, [editor, rowId, text]);
  return <div ref={slot} className="editor-slot" />;
}
