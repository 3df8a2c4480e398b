/**
 * Remembers the Arabic the translator last selected in the grid, so "Add term" can use it after the selection
 * has moved on (to the English editor, to the panel's button).
 */
export interface SourceSelection {
  rowIndex: number;
  text: string;
}

let last: SourceSelection | null = null;

/** Edges a selection picks up by accident: spaces, punctuation, quotes and the sentence bar. */
const EDGES = /^[\s\p{P}\p{S}▏]+|[\s\p{P}\p{S}▏]+$/gu;

function read(): SourceSelection | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const node = sel.anchorNode;
  const el = node instanceof Element ? node : node?.parentElement;
  const cell = el?.closest('.col-source');
  const row = el?.closest<HTMLElement>('[data-row-index]');
  if (!cell || !row) return null;
  const text = sel.toString().replace(EDGES, '').replace(/\s+/g, ' ');
  return text ? { rowIndex: Number(row.dataset.rowIndex), text } : null;
}

/** Starts listening; returns the function that stops. */
export function trackSourceSelection(): () => void {
  const onChange = (): void => {
    const s = read();
    if (s) last = s;
  };
  document.addEventListener('selectionchange', onChange);
  return () => document.removeEventListener('selectionchange', onChange);
}

/** The last Arabic selected in the grid, if any. */
export function lastSourceSelection(): SourceSelection | null {
  return last;
}

export function forgetSourceSelection(): void {
  last = null;
}
