/**
 * The QA report as one self-contained HTML page: issues grouped by check, each with its row's Arabic
 * (right-to-left) and English. Every piece of document text is escaped.
 */
import type { Row } from '../project/model';
import { QA_CHECKS, type QaCheck, type QaIssue } from './types';

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** What a check means, as a heading for its group. */
export const CHECK_TITLES: Readonly<Record<QaCheck, string>> = {
  'term-missing': 'Term not translated as in the glossary',
  'term-forbidden': 'Forbidden translation used',
  'term-variant': 'One term, several translations',
  'inconsistent-source': 'Same Arabic, different translations',
  'inconsistent-target': 'Different Arabic, same translation',
  'number-mismatch': 'Numbers that differ',
  empty: 'Empty translation',
  untranslated: 'Untranslated (Arabic in the translation)',
  'double-space': 'Double spaces',
  unbalanced: 'Unbalanced brackets or quotes',
  'bidi-control': 'Invisible bidi control characters',
};

export interface HtmlReportOptions {
  title?: string;
  /** The document's rows, to show each issue's text and row number. */
  rows?: readonly Row[];
}

/** Builds the HTML page. */
export function qaReportHtml(issues: readonly QaIssue[], options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'Qalam QA report';
  const rows = options.rows ?? [];
  const byId = new Map(rows.map((r, i) => [r.id, { r, i }]));
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>',
    'body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:2em}',
    'th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:start}',
    '.error{color:#a00}.warning{color:#a60}.info{color:#06a}[lang=ar]{font-size:1.1em}',
    '</style>',
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${issues.length} issue${issues.length === 1 ? '' : 's'}.</p>`,
  ];
  const counts = QA_CHECKS.map((c) => [c, issues.filter((i) => i.check === c).length] as const).filter(([, n]) => n > 0);
  if (counts.length > 0) {
    parts.push('<table class="summary">', '<thead><tr><th>Check</th><th>Issues</th></tr></thead>', '<tbody>');
    for (const [c, n] of counts) parts.push(`<tr><td><a href="#${c}">${escapeHtml(CHECK_TITLES[c])}</a></td><td>${n}</td></tr>`);
    parts.push('</tbody>', '</table>');
  }
  for (const check of QA_CHECKS) {
    const group = issues.filter((i) => i.check === check);
    if (group.length === 0) continue;
    parts.push(`<h2 id="${check}">${escapeHtml(CHECK_TITLES[check])} <small>(${check}, ${group.length})</small></h2>`);
    parts.push('<table>', '<thead><tr><th>Row</th><th>Severity</th><th>Issue</th><th>Arabic</th><th>English</th></tr></thead>', '<tbody>');
    for (const is of group) {
      const at = byId.get(is.rowId);
      const rowLabel = at ? `${at.i + 1}` : escapeHtml(is.rowId);
      parts.push(
        `<tr data-row-id="${escapeHtml(is.rowId)}"><td>${rowLabel}</td><td class="${is.severity}">${is.severity}</td>` +
          `<td>${escapeHtml(is.message)}</td>` +
          `<td dir="rtl" lang="ar">${at ? escapeHtml(at.r.source.join(' ')) : ''}</td>` +
          `<td dir="ltr" lang="en">${at ? escapeHtml(at.r.target) : ''}</td></tr>`,
      );
    }
    parts.push('</tbody>', '</table>');
  }
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}
