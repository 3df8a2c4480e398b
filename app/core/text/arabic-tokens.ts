/**
 * Word tokens of Arabic (or mixed) text, with their offsets in the original string.
 *
 * A token is a maximal run of letters, combining marks, digits and tatweel. Everything else separates
 * tokens, so punctuation glued to a word (تنظيم"داعش", بروكسل.واعلن) does not hide it, and an inline code
 * (a private-use character) splits the words around it.
 */
import * as chars from './char-class';

// Read once at load: where modules are loaded as CommonJS (tsx, which runs the bench), every use of an
// imported name is a property getter, and these run for every character.
const { classAt, widthAt } = chars;

/** One word as it stands in the text. */
export interface ArabicToken {
  /** The original spelling, marks included. */
  text: string;
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

const WORD_CLASS = chars.LETTER | chars.MARK | chars.DECIMAL;

function isWordStartAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x0640 || (classAt(text, i) & WORD_CLASS) !== 0;
}

/**
 * Finds the word tokens of `text` and writes their offsets to `starts` and `ends` (from index 0; entries
 * past the returned count are stale). Tokens are `[\p{L}\p{M}\p{Nd}\u0640][\p{L}\p{M}\p{Nd}\u0640\u200c\u200d]*`,
 * scanned by hand: joiners (ZWNJ, ZWJ) inside a word belong to it; a word never starts with one. Callers
 * that read many texts reuse the two arrays instead of allocating a token object per word.
 */
export function scanArabicWords(text: string, starts: number[], ends: number[]): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isWordStartAt(text, i)) {
      i += widthAt(text, i);
      continue;
    }
    starts[count] = i;
    i += widthAt(text, i);
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x200c && c !== 0x200d && !isWordStartAt(text, i)) break;
      i += widthAt(text, i);
    }
    ends[count++] = i;
  }
  return count;
}

/** A word scanner: writes the words' offsets to `starts` and `ends` and returns how many it found. */
export type WordScanner = (text: string, starts: number[], ends: number[]) => number;

/** The words `scan` finds in `text`, as token objects. */
export function scannedTokens(text: string, scan: WordScanner): ArabicToken[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const count = scan(text, starts, ends);
  const out: ArabicToken[] = [];
  for (let k = 0; k < count; k++) out.push({ text: text.slice(starts[k], ends[k]), start: starts[k]!, end: ends[k]! });
  return out;
}

/** Splits `text` into word tokens, in order (see {@link scanArabicWords}). */
export function arabicTokens(text: string): ArabicToken[] {
  return scannedTokens(text, scanArabicWords);
}

/** True for a space character that may stand between the words of one term (incl. no-break space and joiners). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x200c || c === 0x200d || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

/** True when only spaces (or joiners) stand between two words, i.e. they can belong to one multi-word term. */
export function isWordGap(gap: string): boolean {
  return isWordGapAt(gap, 0, gap.length);
}

/** {@link isWordGap} for `text[from, to)`, without cutting the string. */
export function isWordGapAt(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

const ARABIC_LETTER = '[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]';
const ONE_ARABIC_LETTER = new RegExp(`^${ARABIC_LETTER}$`, 'u');
const ARABIC_LETTERS = new RegExp(ARABIC_LETTER, 'gu');

/** True when `ch` is an Arabic letter (the basic block, its supplements and presentation forms; not digits or punctuation). */
export function isArabicLetter(ch: string): boolean {
  return ONE_ARABIC_LETTER.test(ch);
}

/** How many Arabic letters `text` has. */
export function countArabicLetters(text: string): number {
  return text.match(ARABIC_LETTERS)?.length ?? 0;
}
