/** Remembers where the translator last put the caret in the Arabic of a row, as a sentence index and offset. */

export interface SourceCaret {
  rowIndex: number;
  sentence: number;
  offset: number;
}

let last: SourceCaret | null = null;

function caretFromSelection(): SourceCaret | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const node = sel.focusNode;
  const el = node instanceof Element ? node : node?.parentElement;
  const sentence = el?.closest<HTMLElement>('.sentence');
  const row = el?.closest<HTMLElement>('[data-row-index]');
  if (!sentence || !row || !node) return null;
  // Text length from the sentence's start to the caret, through any term or search marks inside it.
  const range = document.createRange();
  range.setStart(sentence, 0);
  range.setEnd(node, sel.focusOffset);
  return { rowIndex: Number(row.dataset.rowIndex), sentence: Number(sentence.dataset.sentence), offset: range.toString().length };
}

export function trackSourceCaret(): () => void {
  const onChange = (): void => {
    const c = caretFromSelection();
    if (c) last = c;
  };
  document.addEventListener('selectionchange', onChange);
  return () => document.removeEventListener('selectionchange', onChange);
}

/** The last caret placed in the Arabic of row `rowIndex`, if the translator put one there. */
export function sourceCaretIn(rowIndex: number): SourceCaret | null {
  return last && last.rowIndex === rowIndex ? last : null;
}

export function forgetSourceCaret(): void {
  last = null;
}
