import { describe, expect, it } from 'vitest';
import { commit, emptyHistory, undo } from '../../../../app/core/project/history';
import type { Row } from '../../../../app/core/project/model';
import { confirmRow } from '../../../../app/core/review/history';
import { changedRows, commentIn, decideChangeIn, decideDocument, decideRowIn, uncommentIn } from '../../../../app/core/review/review-ops';
import { openChangeCount, reviewDiff } from '../../../../app/core/review/review-row';
import { changes } from '../../../../app/core/review/word-diff';

const who = { user: 'Huda', date: '2026-11-29T10:00:00Z' };
const confirmed = (id: string, text: string): Row => confirmRow({ id, source: ['نص.'], target: text, state: 'initial', score: null, paragraph: 0 }, 'translated', who);

function doc(): Row[] {
  return [
    { ...confirmed('a', 'The ruling coalition announced a plan.'), target: 'The governing coalition announced a new plan.' },
    confirmed('b', 'Nothing changed here.'),
    { ...confirmed('c', 'Troops withdrew.'), target: 'Forces withdrew.' },
    { id: 'd', source: ['نص.'], target: 'Never confirmed.', state: 'initial', score: null, paragraph: 0 },
  ];
}

describe('review operations as undoable changes', () => {
  it('finds the rows with open changes', () => {
    expect(changedRows(doc())).toEqual([0, 2]);
  });

  it('rejecting one change is one undo step that restores the reviewer text', () => {
    const rows = doc();
    const id = changes(reviewDiff(rows[0]!)!)[0]!.id;
    const r = commit(rows, emptyHistory(), decideChangeIn(rows, 0, id, 'reject')!);
    expect(r.rows[0]!.target).toBe('The ruling coalition announced a new plan.');
    const back = undo(r.rows, r.history)!;
    expect(back.rows[0]!.target).toBe('The governing coalition announced a new plan.');
  });

  it('accept/reject all in a row or in the document touches only rows with open changes', () => {
    const rows = doc();
    expect(decideRowIn(rows, 1, 'accept')).toBeNull();
    const all = decideDocument(rows, 'reject')!;
    expect(all.splices.map((s) => s.index)).toEqual([0, 2]);
    const r = commit(rows, emptyHistory(), all);
    expect(r.rows.map((x) => x.target)).toEqual(['The ruling coalition announced a plan.', 'Nothing changed here.', 'Troops withdrew.', 'Never confirmed.']);
    const acc = commit(rows, emptyHistory(), decideDocument(rows, 'accept', [2])!);
    expect(acc.rows.map((x) => openChangeCount(x))).toEqual([2, 0, 0, 0]);
  });

  it('adds and removes a comment through the history', () => {
    const rows = doc();
    const r = commit(rows, emptyHistory(), commentIn(rows, 1, 'Check the tense.', { user: 'Karim', date: 'd' })!);
    expect(r.rows[1]!.notes).toEqual([{ text: 'Check the tense.', author: 'Karim', date: 'd' }]);
    const r2 = commit(r.rows, r.history, uncommentIn(r.rows, 1, 0)!);
    expect(r2.rows[1]!.notes).toBeUndefined();
    expect(undo(r2.rows, r2.history)!.rows[1]!.notes).toHaveLength(1);
  });
});
