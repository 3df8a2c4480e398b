/** Checks on one row's text alone: empty or untranslated target, double spaces, unbalanced pairs, bidi controls. */
import type { Row } from '../project/model';
import { isArabicLetter } from '../text/arabic-tokens';
import { normalizeArabic } from '../text/normalize';
import type { QaIssue, QaSpan } from './types';

/** Bidi control characters that have no business in English text (they reorder what the reader sees). */
export const BIDI_CONTROLS: ReadonlyMap<string, string> = new Map([
  ['\u061c', 'ALM'], ['\u200e', 'LRM'], ['\u200f', 'RLM'],
  ['\u202a', 'LRE'], ['\u202b', 'RLE'], ['\u202c', 'PDF'], ['\u202d', 'LRO'], ['\u202e', 'RLO'],
  ['\u2066', 'LRI'], ['\u2067', 'RLI'], ['\u2068', 'FSI'], ['\u2069', 'PDI'],
]);

/** Bracket and quote pairs checked for balance; `same` pairs open and close with one character. */
const PAIRS: readonly { open: string; close: string; name: string }[] = [
  { open: '(', close: ')', name: 'parentheses' },
  { open: '[', close: ']', name: 'square brackets' },
  { open: '{', close: '}', name: 'braces' },
  { open: '\u201c', close: '\u201d', name: 'curly double quotes' },
  { open: '\u00ab', close: '\u00bb', name: 'guillemets' },
  { open: '"', close: '"', name: 'straight double quotes' },
];

const QUOTE_NAMES = new Set(['curly double quotes', 'guillemets', 'straight double quotes']);

function sourceText(row: Row): string {
  return row.source.join(' ');
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/** Which pairs are unbalanced in `text`, by name. */
export function unbalancedPairs(text: string): string[] {
  const out: string[] = [];
  for (const p of PAIRS) {
    if (p.open === p.close ? count(text, p.open) % 2 === 1 : count(text, p.open) !== count(text, p.close)) out.push(p.name);
  }
  return out;
}

/** Share of letters in `text` that are Arabic. */
function arabicShare(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const c of text) {
    if (/\p{L}/u.test(c)) {
      letters++;
      if (isArabicLetter(c)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

function squash(s: string): string {
  return normalizeArabic(s).replace(/\s+/g, ' ').trim();
}

/** `empty`, `untranslated`, `double-space`, `unbalanced` and `bidi-control` for one row. */
export function textChecks(row: Row): QaIssue[] {
  const out: QaIssue[] = [];
  const src = sourceText(row);
  const tgt = row.target;
  const hasSource = src.trim() !== '';
  if (tgt.trim() === '') {
    if (hasSource) out.push({ rowId: row.id, check: 'empty', message: 'the translation is empty', key: 'empty', severity: 'error' });
    return out;
  }
  if (hasSource && (squash(tgt) === squash(src) || arabicShare(tgt) > 0.5)) {
    out.push({ rowId: row.id, check: 'untranslated', message: 'the translation is still Arabic (copied from the source?)', key: 'untranslated', severity: 'error' });
  }
  const doubles: QaSpan[] = [];
  for (const m of tgt.matchAll(/(?<=\S) {2,}(?=\S)/g)) doubles.push({ side: 'target', start: m.index, end: m.index + m[0].length });
  if (doubles.length > 0) {
    out.push({
      rowId: row.id, check: 'double-space', severity: 'warning', key: 'double-space', spans: doubles,
      message: doubles.length === 1 ? 'a double space in the translation' : `${doubles.length} double spaces in the translation`,
    });
  }
  const srcUnbalanced = new Set(unbalancedPairs(src));
  const srcQuotesOff = [...srcUnbalanced].some((n) => QUOTE_NAMES.has(n));
  for (const name of unbalancedPairs(tgt)) {
    // A quotation that the source itself leaves open (it spans rows) is not the translator's doing.
    if (srcUnbalanced.has(name) || (QUOTE_NAMES.has(name) && srcQuotesOff)) continue;
    out.push({ rowId: row.id, check: 'unbalanced', severity: 'warning', key: name, message: `unbalanced ${name} in the translation` });
  }
  const bidi: QaSpan[] = [];
  const names = new Set<string>();
  for (let i = 0; i < tgt.length; i++) {
    const n = BIDI_CONTROLS.get(tgt[i]!);
    if (n) {
      bidi.push({ side: 'target', start: i, end: i + 1 });
      names.add(n);
    }
  }
  if (bidi.length > 0) {
    const list = [...names].sort().join(', ');
    out.push({ rowId: row.id, check: 'bidi-control', severity: 'error', key: list, spans: bidi, message: `invisible bidi control characters in the translation (${list})` });
  }
  return out;
}
