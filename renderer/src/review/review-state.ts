/**
 * Review mode's derived data, cached per row object: rows are immutable and an edit replaces only the edited
 * row, so after a keystroke only that row's diff is computed again, even in a 10,000-row document.
 */
import type { Row } from '../../../app/core/project/model';
import { reviewDiff } from '../../../app/core/review/review-row';
import { changes, type WordDiff } from '../../../app/core/review/word-diff';

export type RowReview = { diff: WordDiff; count: number } | { error: string } | null;

const cache = new WeakMap<Row, RowReview>();

/** The row's open review changes (null when there is nothing to review, an error when its history is damaged). */
export function rowReview(row: Row): RowReview {
  let r = cache.get(row);
  if (r === undefined) {
    try {
      const diff = reviewDiff(row);
      r = diff ? { diff, count: changes(diff).length } : null;
    } catch (e) {
      r = { error: e instanceof Error ? e.message : String(e) };
    }
    cache.set(row, r);
  }
  return r;
}

export function openChanges(row: Row): number {
  const r = rowReview(row);
  return r && 'count' in r ? r.count : 0;
}

export interface ReviewSummary {
  /** Row indices with open changes, in document order. */
  rows: number[];
  /** Open changes in all. */
  changes: number;
}

export function reviewSummary(rows: readonly Row[]): ReviewSummary {
  const out: number[] = [];
  let n = 0;
  rows.forEach((row, i) => {
    const c = openChanges(row);
    if (c > 0) {
      out.push(i);
      n += c;
    }
  });
  return { rows: out, changes: n };
}

/** The next (or previous) row with open changes after `from` in display `order`, wrapping around; null if none. */
export function nextChanged(rows: readonly Row[], order: readonly number[], from: number, step: 1 | -1): number | null {
  const p = order.indexOf(from);
  for (let k = 1; k <= order.length; k++) {
    const i = order[(((p < 0 ? (step > 0 ? -1 : 0) : p) + step * k) % order.length + order.length) % order.length]!;
    if (rows[i] && openChanges(rows[i]!) > 0) return i;
  }
  return null;
}
