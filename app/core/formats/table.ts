/** Bilingual tables for reviewers who live in spreadsheets: TSV and CSV (RFC 4180). */
import type { Project, Row } from '../project/model';
import { codeIndex } from './inline';

export type TableFormat = 'tsv' | 'csv';

export const TABLE_COLUMNS = ['id', 'paragraph', 'source', 'target', 'state', 'score', 'notes'] as const;

/** Row text for a reader: inline codes shown as what the editor shows for them, or dropped with `showCodes` false. */
export function plainText(text: string, row: Row, showCodes = true): string {
  const codes = row.codes;
  if (!codes || codes.length === 0) return text;
  let s = '';
  for (const ch of text) {
    const k = codeIndex(ch.charCodeAt(0), codes);
    s += k < 0 ? ch : showCodes ? (codes[k]!.display ?? '') : '';
  }
  return s;
}

/** The cells of one row, in TABLE_COLUMNS order. */
export function rowCells(row: Row): string[] {
  return [
    row.id,
    String(row.paragraph + 1),
    plainText(row.source.join(' '), row),
    plainText(row.target, row),
    row.state,
    row.score === null ? '' : row.score.toFixed(2),
    (row.notes ?? []).map((n) => n.text).join(' | '),
  ];
}

function tsvCell(s: string): string {
  // TSV has no quoting: tabs and line ends inside a cell become spaces.
  return s.replace(/[\t\r\n]+/g, ' ');
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the table with a header line. CSV starts with a BOM so spreadsheet programs read it as UTF-8. */
export function writeTable(project: Project, format: TableFormat): string {
  const lines = [[...TABLE_COLUMNS], ...project.rows.map(rowCells)];
  if (format === 'tsv') return lines.map((l) => l.map(tsvCell).join('\t')).join('\n') + '\n';
  return '\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
