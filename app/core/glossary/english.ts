/**
 * English side of term matching: word tokens and the key a word is compared by, so that "coalition's",
 * "Coalition" and "coalitions" all meet "coalition", and "al-Qaeda" meets "al Qaeda".
 */

/** One English word with its offsets. */
export interface EnglishToken {
  text: string;
  start: number;
  end: number;
}

// Letters and digits, with an inner apostrophe (coalition's, don't); hyphens and spaces separate words.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits English text into words. */
export function englishTokens(text: string): EnglishToken[] {
  const out: EnglishToken[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when two words of a multi-word English term may stand on either side of `gap` (spaces or a hyphen). */
export function isEnglishGap(gap: string): boolean {
  return /^(?:\s+|\s*[-‐‑]\s*)$/u.test(gap);
}

/**
 * The comparison key of an English word: without a possessive ('s, ’s) and reduced from a regular plural
 * (-ies → -y, -es after a sibilant, -s). Lower-cased unless the entry is case-sensitive; a case-sensitive
 * word only loses a lower-case ending, so "ISIS" and "IS" stay themselves while "NGOs" becomes "NGO".
 */
export function englishKey(word: string, caseSensitive = false): string {
  let w = caseSensitive ? word : word.toLowerCase();
  w = w.replace(/['’]s$/, '');
  if (w.length > 4 && /[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && /[^sui'’]s$/.test(w)) return w.slice(0, -1);
  return w;
}
