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

const WORD = /[\p{L}\p{M}\p{Nd}\u0640]+/gu;

/** Splits `text` into word tokens, in order. */
export function arabicTokens(text: string): ArabicToken[] {
  const out: ArabicToken[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when only spaces (or joiners) stand between two words, i.e. they can belong to one multi-word term. */
export function isWordGap(gap: string): boolean {
  return /^[\s\u200c\u200d]+$/u.test(gap);
}

/** True when `ch` is an Arabic letter (the basic block and its supplements, not digits or punctuation). */
export function isArabicLetter(ch: string): boolean {
  return /[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]/u.test(ch);
}
