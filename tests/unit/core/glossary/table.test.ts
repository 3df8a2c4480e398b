import { describe, expect, it } from 'vitest';
import { glossaryToTable, parseDelimited, parseGlossaryTable } from '../../../../app/core/glossary/table';

describe('parseGlossaryTable', () => {
  it('reads a TSV with further targets, forbidden and note', () => {
    const tsv = 'source\ttarget\ttarget2\tforbidden\tnote\nداعش\tISIS\tDaesh\tIS | Islamic State\tthe group\n';
    const { entries, problems } = parseGlossaryTable(tsv, '\t');
    expect(problems).toEqual([]);
    expect(entries).toEqual([{ id: 'g2', source: 'داعش', targets: ['ISIS', 'Daesh'], forbidden: ['IS', 'Islamic State'], note: 'the group' }]);
  });
  it('reports unreadable rows with their line numbers and imports the rest', () => {
    const tsv = 'source\ttarget\n\tno source\nفرنسا\t\nلندن\tLondon\na\tb\tc\n';
    const { entries, problems } = parseGlossaryTable(tsv, '\t');
    expect(entries.map((e) => e.source)).toEqual(['لندن']);
    expect(problems).toEqual([
      { line: 2, message: 'no source term' },
      { line: 3, message: 'no translation for "فرنسا"' },
      { line: 5, message: '3 cells but the header has 2 columns' },
    ]);
  });
  it('reads CSV with quoted commas, doubled quotes and a line break in a note', () => {
    const csv = 'source,target,note\r\nمليون,"1,000,000","say ""million""\non two lines"\nلندن,London,\n';
    const { entries, problems } = parseGlossaryTable(csv, ',');
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ source: 'مليون', targets: ['1,000,000'], note: 'say "million"\non two lines' });
    expect(entries[1]).toMatchObject({ id: 'g4', source: 'لندن' });
  });
  it('reports a quote that is never closed at the line it opens', () => {
    const { entries, problems } = parseGlossaryTable('source,target\nلندن,London\nباريس,"Paris\n', ',');
    expect(entries).toHaveLength(1);
    expect(problems).toEqual([{ line: 3, message: 'a quoted field is never closed' }]);
  });
  it('needs source and target columns', () => {
    expect(parseGlossaryTable('arabic\tnote\nx\ty\n', '\t').problems[0]).toEqual({ line: 1, message: 'the header row needs a "source" and a "target" column' });
  });
  it('reads case sensitivity and part of speech, and reports an unknown column', () => {
    const { entries, problems } = parseGlossaryTable('source\ttarget\tcase sensitive\tpos\tcolour\nداعش\tIS\tyes\tnoun\tred\n', '\t');
    expect(entries[0]).toMatchObject({ caseSensitive: true, partOfSpeech: 'noun' });
    expect(problems).toEqual([{ line: 1, message: 'unknown column "colour" ignored' }]);
  });
});

describe('glossaryToTable', () => {
  const entries = [
    { id: 'a', source: 'داعش', targets: ['ISIS', 'Daesh'], forbidden: ['IS'], note: 'a, "b"', caseSensitive: true },
    { id: 'b', source: 'لندن', targets: ['London'], forbidden: [] },
  ];
  it('round-trips through CSV', () => {
    const back = parseGlossaryTable(glossaryToTable(entries, ','), ',');
    expect(back.problems).toEqual([]);
    expect(back.entries.map(({ id: _id, ...e }) => e)).toEqual([
      { source: 'داعش', targets: ['ISIS', 'Daesh'], forbidden: ['IS'], note: 'a, "b"', caseSensitive: true },
      { source: 'لندن', targets: ['London'], forbidden: [] },
    ]);
  });
  it('round-trips through TSV', () => {
    const back = parseGlossaryTable(glossaryToTable(entries, '\t'), '\t');
    expect(back.entries.map((e) => e.targets)).toEqual([['ISIS', 'Daesh'], ['London']]);
  });
  it('parseDelimited keeps empty cells', () => {
    expect(parseDelimited('a,,b\n', ',').records).toEqual([{ line: 1, cells: ['a', '', 'b'] }]);
  });
});

describe('source variants column', () => {
  it('reads a "source variants" column, several values split by |', () => {
    const { entries, problems } = parseGlossaryTable('source\ttarget\tsource variants\nداعش\tISIS\tالدولة الإسلامية | تنظيم الدولة\n', '\t');
    expect(problems).toEqual([]);
    expect(entries[0]!.sourceVariants).toEqual(['الدولة الإسلامية', 'تنظيم الدولة']);
  });
  it('is written only when an entry has variants, and round-trips', () => {
    const plain = [{ id: 'a', source: 'لندن', targets: ['London'], forbidden: [] }];
    expect(glossaryToTable(plain, '\t').split('\n')[0]).toBe('source\ttarget\tforbidden\tnote\tpos\tcase sensitive');
    const withVariants = [...plain, { id: 'b', source: 'داعش', targets: ['ISIS'], forbidden: [], sourceVariants: ['تنظيم الدولة'] }];
    const text = glossaryToTable(withVariants, ',');
    expect(text.split('\r\n')[0] ?? text.split('\n')[0]).toContain('source variants');
    expect(parseGlossaryTable(text, ',').entries.map((e) => e.sourceVariants)).toEqual([undefined, ['تنظيم الدولة']]);
  });
});
