/**
 * Compares two versions of a project (or two XLIFF files of the same document, once read into projects): the
 * rows that differ, paired so a side-by-side view can show them, with a word diff of the English.
 */
import type { Project, Row } from '../project/model';
import { diffWords, type WordDiff } from './word-diff';

/** How a row differs between the two versions. */
export type RowDifference = 'added' | 'removed' | 'source' | 'target' | 'state';

export interface RowComparison {
  /** The row in the first (older) version, absent when the row was added. */
  before?: Row;
  /** The row in the second (newer) version, absent when the row was removed. */
  after?: Row;
  /** What differs (a row can differ in source, target and state at once). */
  differences: RowDifference[];
  /** Word diff of the English target, when both sides exist and the target differs. */
  targetDiff?: WordDiff;
}

const sourceKey = (r: Row): string => r.source.join(' ').replace(/\s+/gu, ' ').trim();

/**
 * The rows that differ between `a` and `b`, in the order of `b` (removed rows come where they stood in `a`,
 * before the rows added at the same place).
 * Rows are paired by id; rows whose id is found on one side only are then paired by identical source text, so
 * two XLIFF files of the same document whose unit ids were renumbered still compare row by row.
 */
export interface CompareOptions {
  /** Compute the word diff of the English (default true; a view that diffs the English itself can skip it). */
  targetDiff?: boolean;
}

export function compareProjects(a: Project, b: Project, options: CompareOptions = {}): RowComparison[] {
  const withDiff = options.targetDiff ?? true;
  const pairOfB = pairRows(a.rows, b.rows);
  const pairedA = new Set<Row>([...pairOfB.values()]);
  const out: RowComparison[] = [];
  let ai = 0;
  const flushRemovedBefore = (limit: number): void => {
    for (; ai < limit; ai++) {
      const r = a.rows[ai]!;
      if (!pairedA.has(r)) out.push({ before: r, differences: ['removed'] });
    }
  };
  const indexInA = new Map(a.rows.map((r, i) => [r, i] as const));
  // Between two rows both versions have, removed rows are listed before added ones (as a text diff does).
  let added: RowComparison[] = [];
  for (const rb of b.rows) {
    const ra = pairOfB.get(rb);
    if (!ra) {
      added.push({ after: rb, differences: ['added'] });
      continue;
    }
    flushRemovedBefore(indexInA.get(ra)! + 1);
    out.push(...added);
    added = [];
    const cmp = compareRows(ra, rb, withDiff);
    if (cmp.differences.length > 0) out.push(cmp);
  }
  flushRemovedBefore(a.rows.length);
  out.push(...added);
  return out;
}

function pairRows(rowsA: Row[], rowsB: Row[]): Map<Row, Row> {
  const pairs = new Map<Row, Row>();
  const byId = new Map(rowsA.map((r) => [r.id, r] as const));
  const used = new Set<Row>();
  for (const rb of rowsB) {
    const ra = byId.get(rb.id);
    if (ra && !used.has(ra)) {
      pairs.set(rb, ra);
      used.add(ra);
    }
  }
  const bySource = new Map<string, Row[]>();
  for (const ra of rowsA) {
    if (used.has(ra)) continue;
    const k = sourceKey(ra);
    bySource.set(k, [...(bySource.get(k) ?? []), ra]);
  }
  for (const rb of rowsB) {
    if (pairs.has(rb)) continue;
    const ra = bySource.get(sourceKey(rb))?.shift();
    if (ra) pairs.set(rb, ra);
  }
  return pairs;
}

/** How two versions of one row differ (an empty `differences` list when they are the same). */
export function compareRows(before: Row, after: Row, targetDiff = true): RowComparison {
  const differences: RowDifference[] = [];
  if (sourceKey(before) !== sourceKey(after)) differences.push('source');
  if (before.target !== after.target) differences.push('target');
  if (before.state !== after.state) differences.push('state');
  const cmp: RowComparison = { before, after, differences };
  if (targetDiff && differences.includes('target')) cmp.targetDiff = diffWords(before.target, after.target, 'en');
  return cmp;
}
