/** Checks on one row's text alone: empty or untranslated target, double spaces, unbalanced pairs, bidi controls. */
import type { Row } from '../project/model';
import { countArabicLetters } from '../text/arabic-tokens';
import { normalizeArabic } from '../text/normalize';
import { QA_CHECKS, type QaCheck, type QaIssue, type QaPairCode, type QaSpan } from './types';

/** Bidi control characters that have no business in English text (they reorder what the reader sees). */
export const BIDI_CONTROLS: ReadonlyMap<string, string> = new Map([
  ['\u061c', 'ALM'], ['\u200e', 'LRM'], ['\u200f', 'RLM'],
  ['\u202a', 'LRE'], ['\u202b', 'RLE'], ['\u202c', 'PDF'], ['\u202d', 'LRO'], ['\u202e', 'RLO'],
  ['\u2066', 'LRI'], ['\u2067', 'RLI'], ['\u2068', 'FSI'], ['\u2069', 'PDI'],
]);

const ANY_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Bracket and quote pairs checked for balance; `same` pairs open and close with one character. */
const PAIRS: readonly { open: string; close: string; name: string; code: QaPairCode }[] = [
  { open: '(', close: ')', name: 'parentheses', code: 'parentheses' },
  { open: '[', close: ']', name: 'square brackets', code: 'square-brackets' },
  { open: '{', close: '}', name: 'braces', code: 'braces' },
  { open: '\u201c', close: '\u201d', name: 'curly double quotes', code: 'curly-double-quotes' },
  { open: '\u00ab', close: '\u00bb', name: 'guillemets', code: 'guillemets' },
  { open: '"', close: '"', name: 'straight double quotes', code: 'straight-double-quotes' },
];

const QUOTE_NAMES = new Set(['curly double quotes', 'guillemets', 'straight double quotes']);

function sourceText(row: Row): string {
  return row.source.join(' ');
}

const PAIR_CHARS = new Set(PAIRS.flatMap((p) => [p.open, p.close]));
const ANY_PAIR_CHAR = /[()[\]{}\u201c\u201d\u00ab\u00bb"]/;

/** Which pairs are unbalanced in `text`, by name. */
export function unbalancedPairs(text: string): string[] {
  if (!ANY_PAIR_CHAR.test(text)) return [];
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (PAIR_CHARS.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const n = (c: string): number => counts.get(c) ?? 0;
  return PAIRS.filter((p) => (p.open === p.close ? n(p.open) % 2 === 1 : n(p.open) !== n(p.close))).map((p) => p.name);
}

const LETTERS = /\p{L}/gu;

/** Share of letters in `text` that are Arabic. */
export function arabicShare(text: string): number {
  // Every Arabic letter is at U+0620 or above: a text with no such code unit (most English) has none to count.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x0620) i++;
  if (i === text.length) return 0;
  const letters = text.match(LETTERS)?.length ?? 0;
  return letters === 0 ? 0 : countArabicLetters(text) / letters;
}

function squash(s: string): string {
  return normalizeArabic(s).replace(/\s+/g, ' ').trim();
}

/** `empty`, `untranslated`, `double-space`, `unbalanced` and `bidi-control` for one row. */
export function textChecks(row: Row, wanted: ReadonlySet<QaCheck> = new Set(QA_CHECKS)): QaIssue[] {
  const out: QaIssue[] = [];
  const src = sourceText(row);
  const tgt = row.target;
  const hasSource = src.trim() !== '';
  if (tgt.trim() === '') {
    if (hasSource && wanted.has('empty')) out.push({ rowId: row.id, check: 'empty', code: 'empty', params: {}, message: 'the translation is empty', key: 'empty', severity: 'error' });
    return out;
  }
  // Mostly Arabic letters in the English: copied or left untranslated. (A source of names or digits only
  // may legitimately be copied, so equality alone is not enough.)
  if (hasSource && wanted.has('untranslated') && arabicShare(tgt) > 0.5) {
    const copied = squash(tgt) === squash(src);
    out.push({
      rowId: row.id, check: 'untranslated', key: 'untranslated', severity: 'error',
      code: copied ? 'untranslated-copy' : 'untranslated-arabic', params: {},
      message: copied ? 'the translation is a copy of the Arabic source' : 'the translation is still mostly Arabic',
    });
  }
  const doubles: QaSpan[] = [];
  if (wanted.has('double-space') && tgt.includes('  ')) for (const m of tgt.matchAll(/(?<=\S) {2,}(?=\S)/g)) doubles.push({ side: 'target', start: m.index, end: m.index + m[0].length });
  if (doubles.length > 0) {
    out.push({
      rowId: row.id, check: 'double-space', severity: 'warning', key: 'double-space', spans: doubles,
      code: 'double-space', params: { count: doubles.length },
      message: doubles.length === 1 ? 'a double space in the translation' : `${doubles.length} double spaces in the translation`,
    });
  }
  if (wanted.has('unbalanced')) out.push(...pairChecks(row.id, src, tgt));
  if (wanted.has('bidi-control')) out.push(...bidiChecks(row.id, tgt));
  return out;
}

function pairChecks(rowId: string, src: string, tgt: string): QaIssue[] {
  const out: QaIssue[] = [];
  const srcUnbalanced = new Set(unbalancedPairs(src));
  const srcQuotesOff = [...srcUnbalanced].some((n) => QUOTE_NAMES.has(n));
  for (const name of unbalancedPairs(tgt)) {
    // A quotation that the source itself leaves open (it spans rows) is not the translator's doing.
    if (srcUnbalanced.has(name) || (QUOTE_NAMES.has(name) && srcQuotesOff)) continue;
    const pair = PAIRS.find((p) => p.name === name)!.code;
    out.push({ rowId, check: 'unbalanced', severity: 'warning', key: name, code: 'unbalanced', params: { pair }, message: `unbalanced ${name} in the translation` });
  }
  return out;
}

function bidiChecks(rowId: string, tgt: string): QaIssue[] {
  const out: QaIssue[] = [];
  const bidi: QaSpan[] = [];
  const names = new Set<string>();
  if (!ANY_BIDI.test(tgt)) return out;
  for (let i = 0; i < tgt.length; i++) {
    const n = BIDI_CONTROLS.get(tgt[i]!);
    if (n) {
      bidi.push({ side: 'target', start: i, end: i + 1 });
      names.add(n);
    }
  }
  if (bidi.length > 0) {
    const sorted = [...names].sort();
    const list = sorted.join(', ');
    out.push({ rowId, check: 'bidi-control', severity: 'error', key: list, spans: bidi, code: 'bidi-control', params: { controls: sorted }, message: `invisible bidi control characters in the translation (${list})` });
  }
  return out;
}
