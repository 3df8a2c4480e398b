/**
 * The English of two versions side by side in Monaco's diff editor: one editor for the life of the compare view,
 * a new pair of models each time the selected row changes (the previous pair is disposed at once).
 */
import { setUpMonaco, monaco } from '../monaco';

export interface EnglishDiff {
  editor: monaco.editor.IStandaloneDiffEditor;
  /** Shows `original` (the other version) on the left and `modified` (the open project) on the right. */
  show(original: string, modified: string): void;
  dispose(): void;
}

export function createEnglishDiff(host: HTMLElement, labels: { original: string; modified: string }): EnglishDiff {
  setUpMonaco();
  const editor = monaco.editor.createDiffEditor(host, {
    theme: 'qalam',
    renderSideBySide: true,
    // Side by side even in a narrow window: the reader compares two versions, never one merged text.
    useInlineViewWhenSpaceIsLimited: false,
    readOnly: true,
    originalEditable: false,
    wordWrap: 'on',
    diffWordWrap: 'on',
    wrappingStrategy: 'advanced',
    minimap: { enabled: false },
    lineNumbers: 'off',
    glyphMargin: false,
    folding: false,
    // Room for the + and − marks, so a change is not told by colour alone.
    lineDecorationsWidth: 18,
    renderOverviewRuler: false,
    renderMarginRevertIcon: false,
    renderGutterMenu: false,
    renderIndicators: true,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'none',
    contextmenu: false,
    automaticLayout: true,
    fontFamily: "Charter, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
    fontSize: 15,
    lineHeight: 23,
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
    renderControlCharacters: true,
    originalAriaLabel: labels.original,
    modifiedAriaLabel: labels.modified,
  });
  let models: monaco.editor.IDiffEditorModel | null = null;
  const disposeModels = (): void => {
    models?.original.dispose();
    models?.modified.dispose();
    models = null;
  };
  return {
    editor,
    show(original, modified) {
      const next = { original: monaco.editor.createModel(original, 'plaintext'), modified: monaco.editor.createModel(modified, 'plaintext') };
      editor.setModel(next);
      disposeModels();
      models = next;
    },
    dispose() {
      // The editor lets go of its models first; a disposed model still attached would throw.
      editor.setModel(null);
      disposeModels();
      editor.dispose();
    },
  };
}
