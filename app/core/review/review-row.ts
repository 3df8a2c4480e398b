/**
 * Review mode on one row: the diff between the translator's confirmed text and the current target, and the
 * reviewer's accept/reject decisions applied to the row's target.
 *
 * Change ids are those of `reviewDiff(row)` at the time of the call; after a decision the diff is computed
 * afresh from the row, so the UI asks for it again rather than keeping old ids.
 */
import type { Lang } from '../align/types';
import type { Row } from '../project/model';
import { rowHistory, translatorBaseline } from './history';
import { acceptAll, decideChange, diffText, diffWords, rejectAll, type WordDiff } from './word-diff';

/**
 * The tracked changes of a row's target since the translator confirmed it, or undefined when the translator
 * never confirmed it (then there is nothing to review against).
 */
export function reviewDiff(row: Row, lang: Lang = 'en'): WordDiff | undefined {
  const base = translatorBaseline(rowHistory(row));
  if (!base) return undefined;
  return diffWords(base.text, row.target, lang);
}

/** Accepts or rejects one change of the row's review diff; returns the row with its target updated. */
export function decideRowChange<R extends Row>(row: R, id: number, decision: 'accept' | 'reject', lang: Lang = 'en'): R {
  const diff = reviewDiff(row, lang);
  if (!diff) throw new RangeError(`row ${row.id}: no confirmed translation to review against`);
  return { ...row, target: diffText(decideChange(diff, id, decision), 'after') };
}

/** Accepts or rejects all changes of the row's review diff. */
export function decideAllRowChanges<R extends Row>(row: R, decision: 'accept' | 'reject', lang: Lang = 'en'): R {
  const diff = reviewDiff(row, lang);
  if (!diff) throw new RangeError(`row ${row.id}: no confirmed translation to review against`);
  const settled = decision === 'accept' ? acceptAll(diff) : rejectAll(diff);
  return { ...row, target: diffText(settled, 'after') };
}
