/** QA: the checks a reviewer runs over a translated document, and its report. */
export { runQa, isIgnored, type QaOptions } from './run';
export { QA_CHECKS, type QaCheck, type QaIssue, type QaSeverity, type QaSpan } from './types';
export { qaReportCsv } from './report-csv';
export { qaReportHtml } from './report-html';
export { applyEdits, ignoreIssue, inflectLike, replaceMatch, unifyVariantEdits, type TextEdit } from './fixes';
