import { describe, expect, it } from 'vitest';
import type { Row } from '../../../../app/core/project/model';
import { byScore, compileQuery, filterRows, findInSources, findInTargets, replaceInTargets } from '../../../../app/core/project/find';

const row = (source: string[], target: string, state: Row['state'] = 'initial', score: number | null = 0.9): Row => ({ id: Math.random().toString(36), source, target, state, score, paragraph: 0 });
const rows: Row[] = [
  row(['والإئتلاف الدولي ضد تنظيم"داعش"'], 'The coalition against ISIS met.', 'translated', 0.95),
  row(['اجتماعٌ للائتلاف في لندن'], 'A coalition meeting in London; the Coalition agreed.', 'initial', 0.3),
  row(['مدرسة'], 'coalitions and co-operation', 'reviewed', null),
];

describe('find in the English', () => {
  it('is case-insensitive by default, case-sensitive on request', () => {
    expect(findInTargets(rows, 'coalition')).toHaveLength(4);
    expect(findInTargets(rows, 'Coalition', { caseSensitive: true })).toHaveLength(1);
  });
  it('whole word does not match inside a longer word', () => {
    expect(findInTargets(rows, 'coalition', { wholeWord: true }).map((m) => m.row)).toEqual([0, 1, 1]);
  });
  it('regular expressions, and an invalid one is reported instead of thrown', () => {
    expect(findInTargets(rows, 'co-?op\\w+', { regex: true })).toEqual([{ row: 2, sentence: 0, start: 15, end: 27 }]);
    expect(compileQuery('(', { regex: true }).ok).toBe(false);
    expect(findInTargets(rows, '(', { regex: true })).toEqual([]);
  });
  it('replace: literal text is literal ($ stays $), regex replacements may use groups', () => {
    expect(replaceInTargets(rows, 'ISIS', '$ISIS$')[0]).toEqual({ index: 0, target: 'The coalition against $ISIS$ met.' });
    expect(replaceInTargets(rows, '(\\w+) in London', 'in London $1', { regex: true })[0]!.target).toBe('A coalition in London meeting; the Coalition agreed.');
  });
});

describe('find in the Arabic', () => {
  it('ignores hamza seats and diacritics by default: ائتلاف finds الإئتلاف and للائتلاف, اجتماع finds اجتماعٌ', () => {
    expect(findInSources(rows, 'ائتلاف').map((m) => m.row)).toEqual([0, 1]);
    expect(findInSources(rows, 'الائتلاف').map((m) => m.row)).toEqual([0]);
    const m = findInSources(rows, 'اجتماع')[0]!;
    // The match covers the word and its trailing tanwin in the original text.
    expect(rows[1]!.source[0]!.slice(m.start, m.end)).toBe('اجتماعٌ');
  });
  it('ta marbuta and ha are one letter in loose search (مدرسه finds مدرسة)', () => {
    expect(findInSources(rows, 'مدرسه')).toHaveLength(1);
  });
  it('exact search when loose is off', () => {
    expect(findInSources(rows, 'الائتلاف', { loose: false })).toEqual([]);
  });
});

describe('filters', () => {
  it('by state, by low score, by text in either language', () => {
    expect(filterRows(rows, { states: ['initial'] })).toEqual([1]);
    expect(filterRows(rows, { scoreBelow: 0.5 })).toEqual([1]);
    expect(filterRows(rows, { text: 'london' })).toEqual([1]);
    expect(filterRows(rows, { text: 'داعش' })).toEqual([0]);
  });
  it('by comments: only rows that have one', () => {
    const withNote = rows.map((r, i) => (i === 2 ? { ...r, notes: [{ text: 'Check the name.' }] } : r));
    expect(filterRows(withNote, { commented: true })).toEqual([2]);
    expect(filterRows(withNote, { commented: true, states: ['initial'] })).toEqual([]);
    expect(filterRows(rows, { commented: true })).toEqual([]);
  });
  it('sorts the least confident pairs first, hand-made rows last', () => {
    expect(byScore(rows, [0, 1, 2])).toEqual([1, 0, 2]);
  });
});
