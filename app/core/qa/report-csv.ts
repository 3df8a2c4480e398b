/** The QA report as CSV (RFC 4180), one issue per record, for spreadsheets. */
import type { Row } from '../project/model';
import type { QaIssue } from './types';

function cell(v: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula; a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Builds the CSV text: `row,row id,check,severity,message,key,source,target`. `row` is the 1-based position
 * of the issue's row in `rows` (empty when `rows` is not given or does not hold the row).
 */
export function qaReportCsv(issues: readonly QaIssue[], rows: readonly Row[] = []): string {
  const byId = new Map(rows.map((r, i) => [r.id, { r, i }]));
  const lines = ['row,row id,check,severity,message,key,source,target'];
  for (const is of issues) {
    const at = byId.get(is.rowId);
    const fields = [
      at ? String(at.i + 1) : '',
      is.rowId,
      is.check,
      is.severity,
      is.message,
      is.key,
      at ? at.r.source.join(' ') : '',
      at ? at.r.target : '',
    ];
    lines.push(fields.map(cell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
