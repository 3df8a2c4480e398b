/** What the compare view shows about each difference: its kind counts and where the row stands. */
import type { Project, Row } from '../../../app/core/project/model';
import type { RowComparison, RowDifference } from '../../../app/core/review/compare';

export const DIFFERENCE_KINDS: readonly RowDifference[] = ['added', 'removed', 'source', 'target', 'state'];

/** A difference with the row's 1-based number: in the open project, or (for a removed row) in the other version. */
export interface ShownComparison extends RowComparison {
  number: number;
  numberIn: 'current' | 'other';
}

export function numberComparisons(list: RowComparison[], other: Project, current: Project): ShownComparison[] {
  const at = (rows: Row[]): Map<Row, number> => new Map(rows.map((r, i) => [r, i + 1] as const));
  const inOther = at(other.rows);
  const inCurrent = at(current.rows);
  return list.map((c) => (c.after ? { ...c, number: inCurrent.get(c.after) ?? 0, numberIn: 'current' } : { ...c, number: inOther.get(c.before!) ?? 0, numberIn: 'other' }));
}

/** How many rows show each kind of difference (a row can count under several kinds). */
export function countDifferences(list: readonly RowComparison[]): Record<RowDifference, number> {
  const counts = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, 0])) as Record<RowDifference, number>;
  for (const c of list) for (const d of c.differences) counts[d]++;
  return counts;
}

/** The Arabic of a row as one line of text. */
export function sourceText(row: Row | undefined): string {
  return row ? row.source.join(' ') : '';
}
