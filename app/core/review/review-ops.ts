/**
 * Review decisions and comments as undoable editor changes (see project/history): the grid's buttons, the keys
 * and the document-wide "accept all / reject all" all go through these, so Undo takes a decision back exactly.
 */
import type { Change } from '../project/history';
import type { Row } from '../project/model';
import { replaceRows } from '../project/ops';
import { addComment, removeComment } from './comments';
import type { ConfirmContext } from './history';
import { decideAllRowChanges, decideRowChange, openChangeCount } from './review-row';

export type Decision = 'accept' | 'reject';

/** Accepts or rejects one change (by its id in the row's current review diff). */
export function decideChangeIn(rows: readonly Row[], index: number, id: number, decision: Decision): Change | null {
  const row = rows[index];
  if (!row) return null;
  return replaceRows(rows, [{ index, row: decideRowChange(row, id, decision) }], `review-${decision}`);
}

/** Accepts or rejects every open change of one row. */
export function decideRowIn(rows: readonly Row[], index: number, decision: Decision): Change | null {
  const row = rows[index];
  if (!row || safeCount(row) === 0) return null;
  return replaceRows(rows, [{ index, row: decideAllRowChanges(row, decision) }], `review-${decision}-row`);
}

/** Accepts or rejects every open change in the document (or in the given rows), as one step. */
export function decideDocument(rows: readonly Row[], decision: Decision, only?: readonly number[]): Change | null {
  const indices = only ?? rows.map((_, i) => i);
  const updates = indices.filter((i) => rows[i] && safeCount(rows[i]!) > 0).map((i) => ({ index: i, row: decideAllRowChanges(rows[i]!, decision) }));
  return replaceRows(rows, updates, `review-${decision}-all`);
}

/** The row indices with open review changes, in order. */
export function changedRows(rows: readonly Row[]): number[] {
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (safeCount(r) > 0) out.push(i);
  });
  return out;
}

/** Open changes of a row; a damaged history or base counts as none here (the row view reports it). */
export function safeCount(row: Row): number {
  try {
    return openChangeCount(row);
  } catch {
    return 0;
  }
}

export function commentIn(rows: readonly Row[], index: number, text: string, ctx: ConfirmContext): Change | null {
  const row = rows[index];
  if (!row) return null;
  return replaceRows(rows, [{ index, row: addComment(row, text, ctx) }], 'comment');
}

export function uncommentIn(rows: readonly Row[], index: number, note: number): Change | null {
  const row = rows[index];
  if (!row) return null;
  return replaceRows(rows, [{ index, row: removeComment(row, note) }], 'uncomment');
}
