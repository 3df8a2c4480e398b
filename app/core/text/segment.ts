/**
 * Sentence segmentation for Arabic and English.
 *
 * Why rule-based rather than `Intl.Segmenter`: ICU's sentence iterator breaks after every abbreviation
 * (`Mr. `, `د. `), its suppression lists are English-only and depend on the ICU build (Node, Chromium and
 * Electron ship different ones), so we would have to undo most of its decisions while still paying for it.
 * A single scan driven by the tables in `segment-rules.ts` gives the same cuts in every runtime, is
 * easy to test rule by rule and is several times faster on long documents.
 *
 * Every line break ends a sentence (headlines without a final stop, list items); a blank line (or U+2029)
 * starts a new paragraph. Offsets are UTF-16 code units into the text as given.
 */
import type { Lang, Sentence } from '../align/types';
import {
  AR_ERA_MARKERS,
  CLOSERS,
  EN_ABBREVIATIONS,
  EN_SENTENCE_OPENERS,
  INITIAL_KIND,
  STRONG_TERMINATORS,
  TERMINATORS,
  abbreviations,
  type AbbreviationKind,
} from './segment-rules';

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const LOWER_LATIN = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
/** Diacritics (harakat, shadda, sukun, superscript alef) and tatweel: ignored when reading an abbreviation. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

/** Code units of the stops and closers, so the scan does not make a string per character. */
const TERMINATOR_CODES = new Set([...TERMINATORS].map((c) => c.charCodeAt(0)));
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && DIGIT.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && SPACE.test(c);

/** Splits `text` into sentences with their offsets and paragraph index. */
export function segment(text: string, lang: Lang): Sentence[] {
  return byLines(text, (start, end, emit) => segmentLine(text, start, end, lang, emit), lang === 'en' ? (end) => wrappedLineEnd(text, end) : undefined);
}

/**
 * Hard-wrapped English: a line that stops without a full stop, followed directly by a line that starts with
 * a lower-case letter, goes on in that line (the sentence keeps its offsets; its text holds the line break).
 * A line starting with a capital after a line without a stop is a new sentence (a headline). Arabic has no
 * case to tell the two apart, so Arabic lines always end sentences.
 */
function wrappedLineEnd(text: string, lineEnd: number): number {
  const n = text.length;
  for (;;) {
    let last = lineEnd - 1;
    while (last >= 0 && isSpace(text[last]) && !isLineBreak(text.charCodeAt(last))) last--;
    if (last < 0 || isLineBreak(text.charCodeAt(last)) || TERMINATOR_CODES.has(text.charCodeAt(last)) || CLOSER_CODES.has(text.charCodeAt(last))) return lineEnd;
    const code = text.charCodeAt(lineEnd);
    if (code !== 0x0a && code !== 0x0d) return lineEnd;
    let next = lineEnd + (code === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
    while (next < n && (text[next] === ' ' || text[next] === '\t')) next++;
    if (next >= n || !LOWER_LATIN.test(text[next]!)) return lineEnd;
    lineEnd = next;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  }
}

/** Treats each line of `text` as one segment (`qalam align --lines`); blank lines only separate paragraphs. */
export function segmentLines(text: string): Sentence[] {
  return byLines(text, (start, end, emit) => {
    const [s, e] = trim(text, start, end);
    if (e > s) emit(s, e);
  });
}

/**
 * Walks `text` line by line: `cut` emits a line's segments, `extend` may carry a line's end on into the next
 * line (hard-wrapped English). A line with no segment, or a paragraph separator (U+2029), starts a new paragraph.
 */
function byLines(
  text: string,
  cut: (start: number, end: number, emit: (start: number, end: number) => void) => void,
  extend?: (lineEnd: number) => number,
): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let blankSeen = false;
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    if (extend) lineEnd = extend(lineEnd);
    const before = out.length;
    cut(lineStart, lineEnd, (start, end) => {
      if (blankSeen && out.length > 0 && out.length === before) paragraph++;
      blankSeen = false;
      out.push({ text: text.slice(start, end), start, end, paragraph });
    });
    if (out.length === before) blankSeen = true;
    if (lineEnd >= n) break;
    const code = text.charCodeAt(lineEnd);
    if (code === 0x2029) blankSeen = true;
    lineStart = lineEnd + (code === 0x0d && text.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1);
  }
  return out;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x0b || code === 0x0c || code === 0x85;
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return [start, end];
}

function segmentLine(text: string, start: number, end: number, lang: Lang, emit: (start: number, end: number) => void): void {
  let cur = start;
  let i = start;
  while (i < end) {
    if (!TERMINATOR_CODES.has(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < end && TERMINATOR_CODES.has(text.charCodeAt(runEnd))) runEnd++;
    let j = runEnd;
    while (j < end && CLOSER_CODES.has(text.charCodeAt(j))) j++;
    if (hasContent(text, cur, i) && isBoundary(text, start, cur, i, runEnd, j, end, lang)) {
      const [s, e] = trim(text, cur, j);
      if (e > s) emit(s, e);
      cur = j;
    }
    i = j;
  }
  const [s, e] = trim(text, cur, end);
  if (e > s) emit(s, e);
}

function hasContent(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLetter(text[k]) || isDigit(text[k])) return true;
  return false;
}

/**
 * Whether the stop run `text[i, runEnd)` followed by closers up to `j` ends a sentence. `lineStart` and
 * `cur` (start of the sentence being built) give the context to the left.
 */
function isBoundary(text: string, lineStart: number, cur: number, i: number, runEnd: number, j: number, end: number, lang: Lang): boolean {
  const next = j < end ? text[j] : undefined;
  let k = j;
  while (k < end && isSpace(text[k])) k++;
  const nextWord = k < end ? text[k] : undefined;
  const spaced = next !== undefined && isSpace(next);
  let strong = false;
  for (let p = i; p < runEnd; p++) if (STRONG_TERMINATORS.has(text[p]!)) strong = true;
  const ellipsis = text[i] === '…' || runEnd - i >= 3;

  if (next === undefined) return true;
  // `"Why?" he asked.` / `Wait... and see`: a lower-case word after the stop continues the English sentence.
  if (lang === 'en' && spaced && nextWord !== undefined && LOWER_LATIN.test(nextWord) && (strong || ellipsis)) return false;
  if (strong || ellipsis) return spaced || (lang === 'ar' && strong && ARABIC_LETTER.test(next));

  // A single period from here on.
  if (isDigit(next)) return false; // 3.5, ٣.٥, v.2
  const token = wordBefore(text, lineStart, i);
  if (!spaced) {
    if (!isLetter(next)) return false; // `etc.,` `U.S.-led`
    // Inside a dotted abbreviation (`U.S`, `ص.ب`) the period is part of the word.
    const whole = dottedWord(text, i, end);
    if (whole.includes('.') && (abbreviations(lang).has(whole) || /^(?:\p{L}\.)+\p{L}$/u.test(whole))) return false;
    if (lang === 'ar') return ARABIC_LETTER.test(next) && ARABIC_LETTER.test(text[i - 1] ?? '') && token.length > 1; // بروكسل.واعلن
    // `in Brussels.John Kerry`: a real word, then a capitalised word.
    return token.length >= 2 && LOWER_LATIN.test(token[token.length - 1]!) && UPPER.test(next) && LOWER_LATIN.test(text[j + 1] ?? '');
  }
  if (nextWord === undefined) return true;

  // `1. First item` at the start of a line is a list marker, not a sentence.
  if (/^\p{Nd}+$/u.test(token) && !hasContent(text, cur, i - token.length)) return false;

  const kind = abbreviationKind(text, lineStart, i, token, lang);
  if (kind === 'title') return false;
  if (kind === 'numeric') return !isDigit(nextWord);
  if (kind === 'inner') {
    if (lang === 'ar') return true;
    if (isDigit(nextWord) || LOWER_LATIN.test(nextWord)) return false;
    if (UPPER.test(nextWord)) return EN_SENTENCE_OPENERS.has(wordAt(text, k, end).toLowerCase());
    return true;
  }
  // No abbreviation: an English lower-case word after the period means an unknown abbreviation.
  if (lang === 'en' && LOWER_LATIN.test(nextWord)) return false;
  return true;
}

/** The normalised word (letters, marks and inner periods) just before offset `i`. */
function wordBefore(text: string, lineStart: number, i: number): string {
  let s = i;
  while (s > lineStart && (isLetter(text[s - 1]) || isDigit(text[s - 1]) || (text[s - 1] === '.' && isLetter(text[s - 2])))) s--;
  return normalise(text.slice(s, i));
}

/** The dotted word around the period at `i` (`U.S`, `ص.ب`), without its final period. */
function dottedWord(text: string, i: number, end: number): string {
  let s = i;
  while (s > 0 && (isLetter(text[s - 1]) || text[s - 1] === '.')) s--;
  let e = i;
  while (e < end && (isLetter(text[e]) || (text[e] === '.' && isLetter(text[e + 1])))) e++;
  return normalise(text.slice(s, e));
}

function wordAt(text: string, k: number, end: number): string {
  let e = k;
  while (e < end && isLetter(text[e])) e++;
  return text.slice(k, e);
}

function normalise(word: string): string {
  return word.replace(ARABIC_MARKS, '').toLowerCase();
}

function abbreviationKind(text: string, lineStart: number, i: number, token: string, lang: Lang): AbbreviationKind | 'stop' | undefined {
  if (token === '') return undefined;
  if (lang === 'ar' && AR_ERA_MARKERS.has(token)) {
    // `عام ٢٠١٥ م.` : the era marker after a year is an ordinary sentence end.
    let p = i - token.length - 1;
    while (p >= lineStart && isSpace(text[p])) p--;
    if (isDigit(text[p])) return 'stop';
  }
  const known = abbreviations(lang).get(token);
  if (known) return known;
  // A Latin abbreviation inside Arabic text (`شركة Apple Inc. أعلنت`, `5 p.m. يوم`) is followed by more of
  // the Arabic sentence far more often than it ends one.
  if (lang === 'ar' && /^[a-z.]+$/u.test(token) && EN_ABBREVIATIONS.has(token)) return 'title';
  if ([...token].length === 1 && isLetter(token)) {
    if (lang === 'en' && !UPPER.test(text[i - 1] ?? '')) return undefined;
    return INITIAL_KIND[lang];
  }
  return undefined;
}
