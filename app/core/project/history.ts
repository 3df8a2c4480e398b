/**
 * One undo history for everything a translator does to a project: text edits and alignment fixes alike.
 * A change is a list of splices of the row array, so undo is exact and cheap (only touched rows are stored).
 */
import type { Row } from './model';

/** Replace `removed` (rows at `index`) with `inserted`. */
export interface Splice {
  index: number;
  removed: Row[];
  inserted: Row[];
}

export interface Change {
  /** What the translator did, for the Undo menu ("merge", "split", "edit", …). */
  label: string;
  splices: Splice[];
  /** Row index to focus after the change is applied (and after it is redone). */
  focus: number;
  /** Consecutive changes with the same key (typing in one row) become one undo step. */
  coalesceKey?: string;
}

export interface History {
  past: Change[];
  future: Change[];
  /** Increases on every change, undo and redo: a cheap "has anything changed since save" marker. */
  revision: number;
}

export const MAX_UNDO = 1000;

export function emptyHistory(): History {
  return { past: [], future: [], revision: 0 };
}

/** Applies splices in order (each index refers to the array as left by the previous splice). */
export function applySplices(rows: Row[], splices: Splice[]): Row[] {
  const out = rows.slice();
  for (const s of splices) out.splice(s.index, s.removed.length, ...s.inserted);
  return out;
}

function invert(change: Change, focus: number): Change {
  return {
    label: change.label,
    focus,
    splices: change.splices
      .slice()
      .reverse()
      .map((s) => ({ index: s.index, removed: s.inserted, inserted: s.removed })),
  };
}

export interface Applied {
  rows: Row[];
  history: History;
  focus: number;
}

/** Applies a change and records it; typing in the same row merges with the previous step. */
export function commit(rows: Row[], history: History, change: Change): Applied {
  const next = applySplices(rows, change.splices);
  const last = history.past[history.past.length - 1];
  let past: Change[];
  if (change.coalesceKey && last?.coalesceKey === change.coalesceKey && history.future.length === 0) {
    past = history.past.slice(0, -1);
    const a = last.splices.length === 1 ? last.splices[0]! : undefined;
    const b = change.splices.length === 1 ? change.splices[0]! : undefined;
    // Typing in one row: keep the row as it was before the first keystroke and as it is now, nothing between,
    // so a long typing session costs one stored row, not one per keystroke.
    const merged =
      a && b && a.index === b.index && a.inserted.length === b.removed.length
        ? [{ index: a.index, removed: a.removed, inserted: b.inserted }]
        : [...last.splices, ...change.splices];
    past.push({ ...last, splices: merged, focus: change.focus });
  } else {
    past = history.past.concat(change);
    if (past.length > MAX_UNDO) past = past.slice(past.length - MAX_UNDO);
  }
  return { rows: next, history: { past, future: [], revision: history.revision + 1 }, focus: change.focus };
}

/** Ends coalescing, so the next edit in the same row is its own undo step (after a pause, a save, a row change). */
export function seal(history: History): History {
  const last = history.past[history.past.length - 1];
  if (!last?.coalesceKey) return history;
  const { coalesceKey: _drop, ...sealed } = last;
  return { ...history, past: [...history.past.slice(0, -1), sealed] };
}

export function undo(rows: Row[], history: History): Applied | null {
  const change = history.past[history.past.length - 1];
  if (!change) return null;
  const firstIndex = change.splices[0]?.index ?? change.focus;
  const inverse = invert(change, firstIndex);
  return {
    rows: applySplices(rows, inverse.splices),
    history: { past: history.past.slice(0, -1), future: [...history.future, change], revision: history.revision + 1 },
    focus: Math.min(change.focus, firstIndex),
  };
}

export function redo(rows: Row[], history: History): Applied | null {
  const change = history.future[history.future.length - 1];
  if (!change) return null;
  const { coalesceKey: _k, ...sealed } = change;
  return {
    rows: applySplices(rows, change.splices),
    history: { past: [...history.past, sealed], future: history.future.slice(0, -1), revision: history.revision + 1 },
    focus: change.focus,
  };
}
