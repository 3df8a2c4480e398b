import { describe, expect, it } from 'vitest';
import { qaReportCsv, qaReportHtml, type QaIssue } from '../../../../app/core/qa/index';
import { parseDelimited } from '../../../../app/core/glossary/table';
import type { Row } from '../../../../app/core/project/model';

const rows: Row[] = [
  { id: 'u1', source: ['قال "نعم" <b>'], target: 'He said "yes", <script>alert(1)</script>', state: 'translated', score: 0.9, paragraph: 0 },
  { id: 'u2', source: ['نص'], target: '', state: 'initial', score: null, paragraph: 0 },
];
const issues: QaIssue[] = [
  { rowId: 'u1', check: 'term-forbidden', code: 'term-forbidden', params: { used: 'IS', term: 'داعش', preferred: 'ISIS' }, message: '"IS" & <co>', key: 'k1', severity: 'error' },
  { rowId: 'u2', check: 'empty', code: 'empty', params: {}, message: 'the translation is empty', key: 'empty', severity: 'error' },
  { rowId: 'gone', check: 'double-space', code: 'double-space', params: { count: 1 }, message: '=cmd|calc', key: 'double-space', severity: 'warning' },
];

describe('qaReportCsv', () => {
  const csv = qaReportCsv(issues, rows);
  const { records, problems } = parseDelimited(csv, ',');
  it('has a header and one record per issue, readable back with quotes and commas intact', () => {
    expect(problems).toEqual([]);
    expect(records[0]!.cells).toEqual(['row', 'row id', 'check', 'severity', 'message', 'key', 'source', 'target']);
    expect(records[1]!.cells).toEqual(['1', 'u1', 'term-forbidden', 'error', '"IS" & <co>', 'k1', 'قال "نعم" <b>', 'He said "yes", <script>alert(1)</script>']);
    expect(records).toHaveLength(4);
  });
  it('keeps a cell starting with = from running as a spreadsheet formula', () => {
    expect(records[3]!.cells[4]).toBe("'=cmd|calc");
    expect(records[3]!.cells[0]).toBe('');
  });
});

describe('qaReportHtml', () => {
  const html = qaReportHtml(issues, { rows, title: 'Report <1>' });
  it('escapes every piece of text', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('He said &quot;yes&quot;, &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;IS&quot; &amp; &lt;co&gt;');
    expect(html).toContain('<title>Report &lt;1&gt;</title>');
  });
  it('groups by check in panel order with counts, Arabic right-to-left', () => {
    expect(html.indexOf('id="empty"')).toBeLessThan(html.indexOf('id="term-forbidden"'));
    expect(html).toContain('(term-forbidden, 1)');
    expect(html).toContain('<td dir="rtl" lang="ar">قال &quot;نعم&quot; &lt;b&gt;</td>');
    expect(html).toContain('<p>3 issues.</p>');
  });
  it('opens with a summary linking to each group', () => {
    expect(html).toContain('<tr><td><a href="#term-forbidden">Forbidden translation used</a></td><td>1</td></tr>');
    expect(html.indexOf('class="summary"')).toBeLessThan(html.indexOf('<h2'));
  });
});
