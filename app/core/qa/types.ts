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

/**
 * What an issue says, as a stable code: a UI words it in its own language from `messages.<code>` in
 * locales/<lang>/qa.json, filling in the issue's {@link QaIssue.params}. Codes never change meaning; a new
 * wording is a new code.
 */
export type QaMessageCode = (typeof QA_MESSAGE_CODES)[number];

/** Every message code, with the parameters its issues carry. */
export const QA_MESSAGE_CODES = [
  /** No parameters. */
  'empty',
  /** No parameters. */
  'untranslated-copy',
  /** No parameters. */
  'untranslated-arabic',
  /** `count`: how many double spaces. */
  'double-space',
  /** `pair`: which pair, one of {@link QA_PAIR_CODES}. */
  'unbalanced',
  /** `controls`: the controls' short names (LRM, RLO, …). */
  'bidi-control',
  /** `term` (the glossary's Arabic), `surface` (as in the text), `translations` (the allowed ones). */
  'term-missing',
  /** As term-missing, and `sentence`: the 1-based sentence of the row the term is in. */
  'term-missing-in-sentence',
  /** `used` (the forbidden translation as in the text), `term`, `preferred`. */
  'term-forbidden',
  /** `term`, `translation` (used here), `suggestion`; the counts are the issue's `variants`. */
  'term-variant',
  /** `value`: the source number missing from the translation. */
  'number-missing',
  /** `value`, and `text`: the number as the source writes it (ألفين وستمئة وثمانين). */
  'number-missing-written',
  /** `value`: a number of the translation that the source does not have. */
  'number-extra',
  /** `value`, and `text`: the number as the translation writes it. */
  'number-extra-written',
  /** `count`: how many different translations; `rows`: the ids of the rows that differ. */
  'inconsistent-source',
  /** `count`: how many different Arabic sentences; `rows`: the ids of the rows that differ. */
  'inconsistent-target',
] as const;

/** The bracket and quote pairs of `unbalanced`, as codes (`pairs.<code>` in the locales). */
export const QA_PAIR_CODES = ['parentheses', 'square-brackets', 'braces', 'curly-double-quotes', 'guillemets', 'straight-double-quotes'] as const;

export type QaPairCode = (typeof QA_PAIR_CODES)[number];

/** The values a message is filled with: text, numbers, and lists (of translations, rows, names). */
export type QaMessageParams = Readonly<Record<string, string | number | readonly string[]>>;

/** One problem found in one row. */
export interface QaIssue {
  rowId: string;
  check: QaCheck;
  /** One line in English, naming what was found (the term, the number, the characters), for the CLI and reports. */
  message: string;
  /** What the message says, for a UI to word in its own language. */
  code: QaMessageCode;
  params: QaMessageParams;
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
