/**
 * One Monaco editor for the English of the active row. It lives on a detached element that the active row adopts
 * (see EditorSlot), so moving between rows never re-creates the editor. Monaco's own undo is replaced by the
 * project's history, and the keyboard map's commands work while typing.
 */
import { setUpMonaco, monaco } from './monaco';
import { KEYMAP, parseKeys, type CommandName } from './keys';

export interface TargetEditor {
  host: HTMLDivElement;
  editor: monaco.editor.IStandaloneCodeEditor;
  /** Shows `text` for row `rowId`; keeps the caret when only the text changed (undo) in the same row. */
  show(rowId: string, text: string): void;
  caretOffset(): number;
  insertAtCaret(text: string): void;
  focus(): void;
  hasFocus(): boolean;
  dispose(): void;
}

function keyCode(key: string): number | undefined {
  const named: Record<string, monaco.KeyCode> = {
    ArrowUp: monaco.KeyCode.UpArrow,
    ArrowDown: monaco.KeyCode.DownArrow,
    Enter: monaco.KeyCode.Enter,
    Escape: monaco.KeyCode.Escape,
    Insert: monaco.KeyCode.Insert,
    Delete: monaco.KeyCode.Delete,
    F1: monaco.KeyCode.F1,
    F2: monaco.KeyCode.F2,
  };
  if (named[key] !== undefined) return named[key];
  if (/^[A-Z]$/.test(key)) return monaco.KeyCode[`Key${key}` as keyof typeof monaco.KeyCode] as number;
  return undefined;
}

export function createTargetEditor(handlers: { onChange(text: string): void; onCommand(c: CommandName): void }): TargetEditor {
  setUpMonaco();
  const host = document.createElement('div');
  host.className = 'target-editor';
  host.setAttribute('data-testid', 'target-editor');
  const editor = monaco.editor.create(host, {
    value: '',
    language: 'plaintext',
    theme: 'qalam',
    wordWrap: 'on',
    wrappingStrategy: 'advanced',
    minimap: { enabled: false },
    lineNumbers: 'off',
    glyphMargin: false,
    folding: false,
    lineDecorationsWidth: 0,
    lineNumbersMinChars: 0,
    renderLineHighlight: 'none',
    scrollBeyondLastLine: false,
    overviewRulerLanes: 0,
    hideCursorInOverviewRuler: true,
    scrollbar: { vertical: 'hidden', horizontal: 'hidden', alwaysConsumeMouseWheel: false, handleMouseWheel: false },
    fontFamily: "Charter, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
    fontSize: 15,
    lineHeight: 23,
    padding: { top: 2, bottom: 2 },
    automaticLayout: true,
    contextmenu: false,
    quickSuggestions: false,
    wordBasedSuggestions: 'off',
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
    renderControlCharacters: true,
    accessibilitySupport: 'auto',
    ariaLabel: 'English translation',
  });
  let rowId = '';
  let applyingExternal = false;
  const fit = (): void => {
    const h = Math.max(editor.getContentHeight(), 27);
    host.style.height = `${h}px`;
    editor.layout({ width: host.clientWidth, height: h });
  };
  editor.onDidContentSizeChange(fit);
  editor.onDidChangeModelContent(() => {
    if (!applyingExternal) handlers.onChange(editor.getValue());
  });
  const seen = new Set<string>();
  for (const b of KEYMAP) {
    if (!b.inEditor) continue;
    const p = parseKeys(b.keys);
    const code = keyCode(p.key);
    if (code === undefined) continue;
    const binding = code | (p.ctrl ? monaco.KeyMod.CtrlCmd : 0) | (p.shift ? monaco.KeyMod.Shift : 0) | (p.alt ? monaco.KeyMod.Alt : 0);
    if (seen.has(String(binding))) continue;
    seen.add(String(binding));
    // Escape must still close Monaco's own widgets (suggestions) before it leaves the editor.
    editor.addCommand(binding, () => handlers.onCommand(b.command), p.key === 'Escape' ? '!suggestWidgetVisible' : undefined);
  }
  return {
    host,
    editor,
    show(id, text) {
      if (id === rowId && editor.getValue() === text) return;
      applyingExternal = true;
      try {
        if (id === rowId) {
          const pos = editor.getPosition();
          editor.getModel()!.setValue(text);
          if (pos) editor.setPosition(editor.getModel()!.validatePosition(pos));
        } else {
          editor.getModel()!.setValue(text);
          const end = editor.getModel()!.getFullModelRange().getEndPosition();
          editor.setPosition(end);
        }
      } finally {
        applyingExternal = false;
      }
      rowId = id;
      fit();
    },
    caretOffset() {
      const pos = editor.getPosition();
      return pos ? editor.getModel()!.getOffsetAt(pos) : editor.getValue().length;
    },
    insertAtCaret(text) {
      const sel = editor.getSelection();
      if (!sel) return;
      editor.executeEdits('qalam', [{ range: sel, text, forceMoveMarkers: true }]);
      editor.focus();
    },
    focus() {
      editor.focus();
    },
    hasFocus() {
      return editor.hasTextFocus();
    },
    dispose() {
      editor.dispose();
    },
  };
}
