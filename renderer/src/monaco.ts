/** Monaco set-up for the English editor: its web worker (bundled, same origin) and a quiet theme. */
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

let ready = false;

export function setUpMonaco(): typeof monaco {
  if (ready) return monaco;
  window.MonacoEnvironment = { getWorker: () => new EditorWorker() };
  monaco.editor.defineTheme('qalam', {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editor.lineHighlightBackground': '#ffffff00', 'editorCursor.foreground': '#0f6b5f' },
  });
  ready = true;
  return monaco;
}

export { monaco };
