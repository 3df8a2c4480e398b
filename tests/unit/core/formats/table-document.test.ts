import { describe, expect, it } from 'vitest';
import { targetParagraphs, writeText } from '../../../../app/core/formats/document';
import { writeTable } from '../../../../app/core/formats/table';
import { sampleProject } from './sample';

describe('English document', () => {
  it('rebuilds paragraphs as in the source, joining the rows of a paragraph and dropping codes', () => {
    expect(targetParagraphs(sampleProject())).toEqual([
      'The Security Council held an emergency session on Monday. The envoy called the situation serious, adding that fifteen states backed the resolution.',
      'The Secretary-General announced a new plan (Reuters)',
    ]);
  });

  it('writes paragraphs separated by a blank line; an untranslated paragraph is left out', () => {
    const t = writeText(sampleProject());
    expect(t.split('\n\n')).toHaveLength(2);
    expect(t.endsWith('(Reuters)\n')).toBe(true);
  });
});

describe('bilingual tables', () => {
  it('TSV: a header and one line per row; tabs and line ends in a cell become spaces', () => {
    const p = sampleProject();
    p.rows[0]!.target = 'A\ttabbed\nline';
    const lines = writeTable(p, 'tsv').trimEnd().split('\n');
    expect(lines[0]).toBe('id\tparagraph\tsource\ttarget\tstate\tscore\tnotes');
    expect(lines).toHaveLength(p.rows.length + 1);
    expect(lines[1]!.split('\t')[3]).toBe('A tabbed line');
    expect(lines[2]!.split('\t').slice(0, 2)).toEqual(['r2', '1']);
    expect(lines[3]!.split('\t')[3]).toBe('The Secretary-General announced a new plan[br]');
    expect(lines[2]!.split('\t')[2]).toBe('وقال المندوب إن الوضع خطير. وأضاف أن 15 دولة أيدت القرار؟');
  });

  it('CSV: BOM for spreadsheets, quotes doubled, cells with commas or quotes quoted, CRLF line ends', () => {
    const csv = writeTable(sampleProject(), 'csv');
    expect(csv.startsWith('\ufeffid,paragraph,source,target,state,score,notes\r\n')).toBe(true);
    expect(csv).toContain('"Check ""fifteen"" against the record & the <vote>."');
    expect(csv).toContain('"The envoy called the situation serious, adding that fifteen states backed the resolution."');
    expect(csv.split('\r\n')).toHaveLength(sampleProject().rows.length + 2);
  });
});
