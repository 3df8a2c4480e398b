import { describe, expect, it } from 'vitest';
import type { Row } from '../../../../app/core/project/model';
import { addComment, removeComment } from '../../../../app/core/review/comments';
import { HISTORY_KEY, confirmRow, lastConfirmation, rowHistory, translatorBaseline, withRowHistory } from '../../../../app/core/review/history';
import { REVIEW_BASE_KEY, decideAllRowChanges, decideRowChange, openChangeCount, reviewBase, reviewDiff } from '../../../../app/core/review/review-row';
import { changes } from '../../../../app/core/review/word-diff';

const row = (target: string): Row => ({ id: 'u1', source: ['أعلن الائتلاف الحاكم عن خطة جديدة.'], target, state: 'initial', score: null, paragraph: 0 });

describe('target history', () => {
  it('records who confirmed what, when and as which state', () => {
    const r = confirmRow(row('The ruling coalition announced a new plan.'), 'translated', { user: 'Huda', date: '2026-11-29T10:00:00Z' });
    expect(r.state).toBe('translated');
    expect(rowHistory(r)).toEqual([{ user: 'Huda', date: '2026-11-29T10:00:00Z', state: 'translated', text: 'The ruling coalition announced a new plan.' }]);
  });

  it('keeps the history as JSON in Row.extra, so the .qalam file and XLIFF 2 metadata carry it', () => {
    const r = confirmRow({ ...row('A plan.'), extra: { original: 'report.docx' } }, 'translated', { user: 'Huda', date: 'd1' });
    expect(Object.keys(r.extra!).sort()).toEqual(['original', HISTORY_KEY]);
    const copy = JSON.parse(JSON.stringify(r)) as Row;
    expect(rowHistory(copy)).toEqual(rowHistory(r));
    expect(withRowHistory(r, []).extra).toEqual({ original: 'report.docx' });
  });

  it('a damaged history is an error naming the row', () => {
    expect(() => rowHistory({ ...row('x'), extra: { [HISTORY_KEY]: '{oops' } })).toThrow(/row u1: the target history is damaged \(not JSON\)/);
    expect(() => rowHistory({ ...row('x'), extra: { [HISTORY_KEY]: '[{"user":"a"}]' } })).toThrow(/entry 1/);
  });

  it('confirming the same text again as the same state adds no entry', () => {
    const once = confirmRow(row('A plan.'), 'translated', { user: 'Huda', date: '2026-11-29T10:00:00Z' });
    const twice = confirmRow(once, 'translated', { user: 'Huda', date: '2026-11-29T10:05:00Z' });
    expect(rowHistory(twice)).toHaveLength(1);
  });

  it('a reviewer confirmation is a new entry, and the baseline stays the translator version', () => {
    const t = confirmRow(row('A plan.'), 'translated', { user: 'Huda', date: '2026-11-29T10:00:00Z' });
    const r = confirmRow({ ...t, target: 'A new plan.' }, 'reviewed', { user: 'Karim', date: '2026-11-29T11:00:00Z' });
    const h = rowHistory(r);
    expect(h.map((e) => [e.user, e.state, e.text])).toEqual([
      ['Huda', 'translated', 'A plan.'],
      ['Karim', 'reviewed', 'A new plan.'],
    ]);
    expect(translatorBaseline(h)?.text).toBe('A plan.');
    expect(lastConfirmation(h)?.user).toBe('Karim');
  });

  it('an empty target cannot be confirmed', () => {
    expect(() => confirmRow(row('  '), 'translated', { user: 'Huda', date: 'x' })).toThrow(/row u1: an empty target/);
  });
});

describe('review of a row', () => {
  const translated = (): Row => confirmRow(row('The ruling coalition announced a plan.'), 'translated', { user: 'Huda', date: '2026-11-29T10:00:00Z' });

  it('has no diff when the translator never confirmed the row', () => {
    expect(reviewDiff(row('draft'))).toBeUndefined();
  });

  it('diffs the reviewer edit against the translator confirmation', () => {
    const edited = { ...translated(), target: 'The governing coalition announced a new plan.' };
    expect(changes(reviewDiff(edited)!).map((c) => [c.before, c.after])).toEqual([
      ['ruling', 'governing'],
      ['', 'new '],
    ]);
  });

  it('rejecting one change restores that word in the target and keeps the other edit', () => {
    const edited = { ...translated(), target: 'The governing coalition announced a new plan.' };
    const first = changes(reviewDiff(edited)!)[0]!;
    const after = decideRowChange(edited, first.id, 'reject');
    expect(after.target).toBe('The ruling coalition announced a new plan.');
    expect(changes(reviewDiff(after)!).map((c) => c.after)).toEqual(['new ']);
  });

  it('rejecting all changes gives the translator text back; accepting all keeps the reviewer text', () => {
    const edited = { ...translated(), target: 'The governing coalition announced a new plan.' };
    expect(decideAllRowChanges(edited, 'reject').target).toBe('The ruling coalition announced a plan.');
    expect(decideAllRowChanges(edited, 'accept').target).toBe('The governing coalition announced a new plan.');
  });

  it('accepting one change keeps the target and closes that change only', () => {
    const edited = { ...translated(), target: 'The governing coalition announced a new plan.' };
    const [first, second] = changes(reviewDiff(edited)!);
    const after = decideRowChange(edited, first!.id, 'accept');
    expect(after.target).toBe(edited.target);
    expect(changes(reviewDiff(after)!).map((c) => [c.before, c.after])).toEqual([['', 'new ']]);
    expect(reviewBase(after)).toBe('The governing coalition announced a plan.');
    // Rejecting the other change now restores the base, which already holds the accepted word.
    const done = decideRowChange(after, changes(reviewDiff(after)!)[0]!.id, 'reject');
    expect(done.target).toBe('The governing coalition announced a plan.');
    expect(openChangeCount(done)).toBe(0);
    expect(second).toBeDefined();
  });

  it('accepting all leaves nothing open, and the history is untouched', () => {
    const edited = { ...translated(), target: 'The governing coalition announced a new plan.' };
    const after = decideAllRowChanges(edited, 'accept');
    expect(openChangeCount(after)).toBe(0);
    expect(rowHistory(after)).toEqual(rowHistory(edited));
    // Editing again after acceptance shows only the new edit.
    expect(changes(reviewDiff({ ...after, target: 'The governing coalition announced a new budget.' })!).map((c) => [c.before, c.after])).toEqual([['plan', 'budget']]);
  });

  it('a new translator confirmation starts the review again from its text', () => {
    const edited = { ...translated(), target: 'The governing coalition announced a new plan.' };
    const accepted = decideAllRowChanges(edited, 'accept');
    const reconfirmed = confirmRow({ ...accepted, target: 'The coalition announced a plan.' }, 'translated', { user: 'Huda', date: '2026-11-30T09:00:00Z' });
    expect(reviewBase(reconfirmed)).toBe('The coalition announced a plan.');
    expect(openChangeCount(reconfirmed)).toBe(0);
  });

  it('a damaged review base is an error naming the row', () => {
    const bad = { ...translated(), extra: { ...translated().extra, [REVIEW_BASE_KEY]: '{' } };
    expect(() => reviewDiff(bad)).toThrow(/row u1: the review base is damaged/);
  });
});

describe('review comments', () => {
  it('adds a comment with author and date, and removes it again', () => {
    const r = addComment(row('A plan.'), '  «خطة» is "plan", not "scheme"  ', { user: 'Karim', date: '2026-11-29T11:00:00Z' });
    expect(r.notes).toEqual([{ text: '«خطة» is "plan", not "scheme"', author: 'Karim', date: '2026-11-29T11:00:00Z' }]);
    expect(removeComment(r, 0).notes).toBeUndefined();
    expect(() => removeComment(r, 3)).toThrow(/row u1: no comment 4/);
    expect(() => addComment(r, ' ', { user: 'K', date: 'd' })).toThrow(/empty comment/);
  });
});
