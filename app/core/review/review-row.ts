/**
 * Review mode on one row: the diff between the translator's confirmed text and the current target, and the
 * reviewer's accept/reject decisions.
 *
 * Rejecting a change writes the translator's words back into the target. Accepting one keeps the target as it
 * is and moves the row's review base (the text the diff is taken against) past that change, so an accepted
 * change stops showing as open while the ones not yet decided stay. The base lives in `Row.extra` under
 * `qalam:review-base` together with the date of the translator confirmation it grew from: when the translator
 * confirms a new version, the old base no longer applies and the diff starts again from the new confirmation.
 *
 * Change ids are those of `reviewDiff(row)` at the time of the call; after a decision the diff is computed
 * afresh from the row, so the UI asks for it again rather than keeping old ids.
 */
import type { Lang } from '../align/types';
import type { Row } from '../project/model';
import { rowHistory, translatorBaseline } from './history';
import { changes, decideChange, diffText, diffWords, type WordDiff } from './word-diff';

/** The `Row.extra` key that holds the review base (JSON `{ since, text }`). */
export const REVIEW_BASE_KEY = 'qalam:review-base';

/** The text the row's changes are shown against, or undefined when the translator never confirmed the row. */
export function reviewBase(row: Row): string | undefined {
  const base = translatorBaseline(rowHistory(row));
  if (!base) return undefined;
  const raw = row.extra?.[REVIEW_BASE_KEY];
  if (raw) {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      throw new RangeError(`row ${row.id}: the review base is damaged (not JSON)`);
    }
    const d = data as { since?: unknown; text?: unknown } | null;
    if (typeof d !== 'object' || d === null || typeof d.since !== 'string' || typeof d.text !== 'string') {
      throw new RangeError(`row ${row.id}: the review base is damaged`);
    }
    if (d.since === base.date) return d.text;
  }
  return base.text;
}

function withReviewBase<R extends Row>(row: R, text: string): R {
  const base = translatorBaseline(rowHistory(row))!;
  const extra = { ...(row.extra ?? {}) };
  if (text === base.text) delete extra[REVIEW_BASE_KEY];
  else extra[REVIEW_BASE_KEY] = JSON.stringify({ since: base.date, text });
  const { extra: _old, ...others } = row;
  return (Object.keys(extra).length > 0 ? { ...others, extra } : others) as R;
}

/**
 * The open tracked changes of a row's target since the translator confirmed it (less those accepted), or
 * undefined when the translator never confirmed it (then there is nothing to review against).
 */
export function reviewDiff(row: Row, lang: Lang = 'en'): WordDiff | undefined {
  const base = reviewBase(row);
  if (base === undefined) return undefined;
  return diffWords(base, row.target, lang);
}

/** The number of open changes in the row (0 when there is nothing to review). */
export function openChangeCount(row: Row, lang: Lang = 'en'): number {
  const d = reviewDiff(row, lang);
  return d ? changes(d).length : 0;
}

function mustDiff(row: Row, lang: Lang): WordDiff {
  const diff = reviewDiff(row, lang);
  if (!diff) throw new RangeError(`row ${row.id}: no confirmed translation to review against`);
  return diff;
}

/**
 * Decides one change of the row's review diff: `reject` restores the translator's words in the target, `accept`
 * keeps the target and takes the change into the review base. Returns the updated row.
 */
export function decideRowChange<R extends Row>(row: R, id: number, decision: 'accept' | 'reject', lang: Lang = 'en'): R {
  const decided = decideChange(mustDiff(row, lang), id, decision);
  if (decision === 'reject') return { ...row, target: diffText(decided, 'after') };
  return withReviewBase(row, diffText(decided, 'before'));
}

/** Accepts or rejects all changes of the row's review diff. */
export function decideAllRowChanges<R extends Row>(row: R, decision: 'accept' | 'reject', lang: Lang = 'en'): R {
  const diff = mustDiff(row, lang);
  if (decision === 'reject') return { ...row, target: diffText(diff, 'before') };
  return withReviewBase(row, diffText(diff, 'after'));
}
