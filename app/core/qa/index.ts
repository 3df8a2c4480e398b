/** QA: the checks a reviewer runs over a translated document, and its report. */
export { runQa, isIgnored, type QaOptions } from './run';
export { QA_CHECKS, QA_MESSAGE_CODES, QA_PAIR_CODES, type QaCheck, type QaIssue, type QaMessageCode, type QaMessageParams, type QaPairCode, type QaSeverity, type QaSpan } from './types';
export { qaReportCsv } from './report-csv';
export { qaReportHtml } from './report-html';
export { applyEdits, ignoreIssue, inflectLike, replaceMatch, unifyVariantEdits, type TextEdit } from './fixes';
