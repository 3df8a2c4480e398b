/**
 * One Monaco editor for the English of the active row. It lives on a detached element that the active row adopts
 * (see EditorSlot), so moving between rows never re-creates the editor. Monaco's own undo is replaced by the
 * project's history, and the keyboard map's commands work while typing.
 */
import { setUpMonaco, monaco } from './monaco';
// Glossary: the suggestion widget is a Monaco contribution the core API bundle leaves out (Ctrl+Space terms).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import { KEYMAP, parseKeys, type CommandName } from './keys';
import i18next from 'i18next';
import { checkSpelling, suggestSpelling } from './spell/spell-client';
import type { SpellLanguage } from './spell/spell-protocol';
import { dictionaryForm, type WordSpan } from './spell/words';

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
  /** Glossary: where Ctrl+Space suggestions come from (the active row's preferred translations). */
  setTermSuggestions(source: () => TermSuggestion[]): void;
  /** Spelling: the dictionary (or off), the words to accept besides it, and what "add to dictionary" does. */
  setSpelling(options: SpellingOptions): void;
}

export interface SpellingOptions {
  language: SpellLanguage | 'off';
  /** Words accepted besides the dictionary (the glossary's English, the user's own words), lower case. */
  accepted: ReadonlySet<string>;
  onAddWord(word: string): void;
}

/** Glossary: one completion offered while typing the English. */
export interface TermSuggestion {
  /** The translation to insert. */
  text: string;
  /** The Arabic term it translates. */
  term: string;
  note?: string;
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
  // --- glossary: completions from the active row's terms (Ctrl+Space) ---
  let termSuggestions: () => TermSuggestion[] = () => [];
  const completions = monaco.languages.registerCompletionItemProvider('plaintext', {
    provideCompletionItems(model, position) {
      if (model !== editor.getModel()) return { suggestions: [] };
      const word = model.getWordUntilPosition(position);
      const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
      return {
        suggestions: termSuggestions().map((s, i) => ({
          label: { label: s.text, description: s.term },
          kind: monaco.languages.CompletionItemKind.Text,
          insertText: s.text,
          filterText: s.text,
          sortText: String(i).padStart(4, '0'),
          detail: s.term,
          ...(s.note ? { documentation: s.note } : {}),
          range,
        })),
      };
    },
  });
  // --- end glossary ---
  // --- spelling: unknown words underlined; Ctrl+Space on one offers spellings and "add to dictionary" ---
  let spelling: SpellingOptions = { language: 'off', accepted: new Set(), onAddWord: () => undefined };
  let found: WordSpan[] = [];
  let misses: WordSpan[] = [];
  let spellTimer: ReturnType<typeof setTimeout> | undefined;
  let spellRun = 0;
  let spellStarted = false;
  const isAccepted = (w: string): boolean => spelling.accepted.has(dictionaryForm(w).toLowerCase()) || spelling.accepted.has(w.toLowerCase());
  const showMisses = (all: WordSpan[]): void => {
    const model = editor.getModel();
    if (!model) return;
    found = all;
    misses = all.filter((m) => !isAccepted(m.word));
    monaco.editor.setModelMarkers(
      model,
      'spelling',
      misses.map((m) => {
        const a = model.getPositionAt(m.start);
        const b = model.getPositionAt(m.end);
        return {
          startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column,
          message: i18next.t('spelling.unknown', { word: m.word }), severity: monaco.MarkerSeverity.Warning, source: 'spelling',
        };
      }),
    );
    host.dataset.spellingMisses = misses.map((m) => m.word).join(' ');
  };
  const scheduleSpelling = (delay = 250): void => {
    clearTimeout(spellTimer);
    const run = ++spellRun;
    if (spelling.language === 'off') {
      showMisses([]);
      return;
    }
    const language = spelling.language;
    spellTimer = setTimeout(() => {
      const text = editor.getValue();
      checkSpelling(language, text).then(
        (words) => {
          if (run === spellRun && editor.getValue() === text) showMisses(words);
        },
        () => showMisses([]),
      );
    }, delay);
  };
  editor.onDidChangeModelContent(() => {
    if (spellStarted) scheduleSpelling();
  });
  const startSpelling = (): void => {
    if (spellStarted) return;
    spellStarted = true;
    scheduleSpelling(0);
  };
  editor.onDidFocusEditorText(startSpelling);
  // Otherwise the dictionary loads in idle time a few seconds after the first row is shown, so the first
  // keystrokes of a session rarely wait for it.
  let preload: ReturnType<typeof setTimeout> | undefined;
  const schedulePreload = (): void => {
    if (preload !== undefined || spellStarted) return;
    preload = setTimeout(() => requestIdleCallback(startSpelling, { timeout: 4000 }), 4000);
  };
  const addWordCommand = monaco.editor.registerCommand('qalam.spelling.addWord', (_accessor, word: unknown) => {
    if (typeof word === 'string') spelling.onAddWord(word);
  });
  const spellCompletions = monaco.languages.registerCompletionItemProvider('plaintext', {
    async provideCompletionItems(model, position) {
      if (model !== editor.getModel() || spelling.language === 'off') return { suggestions: [] };
      const offset = model.getOffsetAt(position);
      const miss = misses.find((m) => m.start <= offset && offset <= m.end);
      if (!miss) return { suggestions: [] };
      const a = model.getPositionAt(miss.start);
      const b = model.getPositionAt(miss.end);
      const range = { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
      const words = await suggestSpelling(spelling.language, miss.word).catch(() => [] as string[]);
      const possessive = /['’]s$/u.test(miss.word) ? miss.word.slice(-2) : '';
      const detail = i18next.t('spelling.suggestion');
      return {
        suggestions: [
          ...words.map((w, i) => ({
            label: { label: w + possessive, description: detail },
            kind: monaco.languages.CompletionItemKind.Text,
            insertText: w + possessive,
            filterText: miss.word,
            sortText: `0${String(i).padStart(3, '0')}`,
            range,
          })),
          {
            label: { label: i18next.t('spelling.add', { word: miss.word }) },
            kind: monaco.languages.CompletionItemKind.Event,
            insertText: miss.word,
            filterText: miss.word,
            sortText: '0999',
            range,
            command: { id: 'qalam.spelling.addWord', title: i18next.t('spelling.add', { word: miss.word }), arguments: [dictionaryForm(miss.word)] },
          },
        ],
      };
    },
  });
  // --- end spelling ---
  return {
    host,
    editor,
    setTermSuggestions(source) {
      termSuggestions = source;
    },
    setSpelling(options) {
      const changed = options.language !== spelling.language;
      spelling = options;
      if (changed && spellStarted) scheduleSpelling(0);
      else showMisses(found);
    },
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
      // The first check loads a dictionary in the worker; it waits for the translator to start editing, so
      // opening a project never competes with it.
      if (spellStarted) scheduleSpelling(0);
      else {
        showMisses([]);
        schedulePreload();
      }
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
      clearTimeout(spellTimer);
      clearTimeout(preload);
      spellCompletions.dispose();
      addWordCommand.dispose();
      completions.dispose();
      editor.dispose();
    },
  };
}
