/** The vocabulary of QA: the checks, their issues and how serious they are. */

/** Check names, stable: they appear in the CLI output, in reports and in remembered ignores. */
export type QaCheck =
  | 'term-missing'
  | 'term-forbidden'
  | 'term-variant'
  | 'inconsistent-source'
  | 'inconsistent-target'
  | 'number-mismatch'
  | 'empty'
  | 'untranslated'
  | 'double-space'
  | 'unbalanced'
  | 'bidi-control';

/** Every check, in the order a QA panel lists them. */
export const QA_CHECKS: readonly QaCheck[] = [
  'empty',
  'untranslated',
  'term-missing',
  'term-forbidden',
  'term-variant',
  'number-mismatch',
  'inconsistent-source',
  'inconsistent-target',
  'unbalanced',
  'double-space',
  'bidi-control',
];

export type QaSeverity = 'error' | 'warning' | 'info';

/** A place in a row to highlight: a span of one source sentence or of the target. */
export interface QaSpan {
  side: 'source' | 'target';
  /** Index into `Row.source` for the source side. */
  sentence?: number;
  start: number;
  end: number;
}

/** One problem found in one row. */
export interface QaIssue {
  rowId: string;
  check: QaCheck;
  /** One line in English, naming what was found (the term, the number, the characters). */
  message: string;
  /** A fingerprint of the issue within its row and check; an ignore applies while the key stays the same. */
  key: string;
  severity: QaSeverity;
  spans?: QaSpan[];
  /** Other rows involved (inconsistent translations). */
  related?: string[];
  /** For `term-variant`: each allowed translation the document uses, with its count. */
  variants?: { translation: string; count: number }[];
  /** A replacement to offer (for `term-variant`: the translation to make them one). */
  suggestion?: string;
  /** The glossary entry concerned, for term checks. */
  entryId?: string;
}
