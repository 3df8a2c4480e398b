/**
 * Word tokens of Arabic (or mixed) text, with their offsets in the original string.
 *
 * A token is a maximal run of letters, combining marks, digits and tatweel. Everything else separates
 * tokens, so punctuation glued to a word (تنظيم"داعش", بروكسل.واعلن) does not hide it, and an inline code
 * (a private-use character) splits the words around it.
 */

/** One word as it stands in the text. */
export interface ArabicToken {
  /** The original spelling, marks included. */
  text: string;
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

// Joiners (ZWNJ, ZWJ) inside a word belong to it; a word never starts with one.
const WORD = /[\p{L}\p{M}\p{Nd}\u0640][\p{L}\p{M}\p{Nd}\u0640\u200c\u200d]*/gu;

/** Splits `text` into word tokens, in order. */
export function arabicTokens(text: string): ArabicToken[] {
  const out: ArabicToken[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
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
