import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import { searchGlossary, termsInRow } from '../../../../app/core/glossary/search';
import type { GlossaryEntry } from '../../../../app/core/project/model';

const entries: GlossaryEntry[] = [
  { id: 'a', source: 'الائتلاف الدولي', targets: ['international coalition'], forbidden: [] },
  { id: 'b', source: 'داعش', targets: ['ISIS', 'Daesh'], forbidden: ['Islamic State'], note: 'the group, not the state' },
  { id: 'c', source: 'ائتلاف', targets: ['coalition'], forbidden: ['alliance'] },
  { id: 'd', source: 'مدرسة', targets: ['school'], forbidden: [] },
];

describe('searchGlossary', () => {
  it('finds an Arabic term whatever its hamza spelling (إئتلاف finds both coalition entries, prefix match first)', () => {
    expect(searchGlossary(entries, 'إئتلاف').map((e) => e.id)).toEqual(['c', 'a']);
  });
  it('ة and ه are one letter in a search (مدرسه finds مدرسة)', () => expect(searchGlossary(entries, 'مدرسه').map((e) => e.id)).toEqual(['d']));
  it('harakat in the query are ignored (دَاعِش)', () => expect(searchGlossary(entries, 'دَاعِش').map((e) => e.id)).toEqual(['b']));
  it('English search is case-insensitive and covers forbidden translations and notes', () => {
    expect(searchGlossary(entries, 'COALITION').map((e) => e.id)).toEqual(['c', 'a']);
    expect(searchGlossary(entries, 'alliance').map((e) => e.id)).toEqual(['c']);
    expect(searchGlossary(entries, 'not the state').map((e) => e.id)).toEqual(['b']);
  });
  it('an empty query lists everything', () => expect(searchGlossary(entries, '  ')).toHaveLength(4));
});

describe('termsInRow', () => {
  const index = new GlossaryIndex(entries);
  it('lists each term once with its occurrences and what the translation used', () => {
    const row = { id: 'r', source: ['اجتماع للإئتلاف ضد داعش.', 'وداعش خطر.'], target: 'A coalition meeting against the Islamic State and Daesh.', state: 'translated' as const, score: null, paragraph: 0 };
    const terms = termsInRow(index, row);
    expect(terms.map((t) => [t.entry.id, t.occurrences.map((o) => [o.sentence, o.surface]), t.translationsUsed, t.forbiddenUsed])).toEqual([
      ['c', [[0, 'للإئتلاف']], ['coalition'], []],
      ['b', [[0, 'داعش'], [1, 'وداعش']], ['Daesh'], ['Islamic State']],
    ]);
  });
});
