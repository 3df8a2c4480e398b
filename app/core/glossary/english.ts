/**
 * English side of term matching: word tokens and the key a word is compared by, so that "coalition's",
 * "Coalition" and "coalitions" all meet "coalition", and "al-Qaeda" meets "al Qaeda".
 */
import { isSpaceCode } from '../text/arabic-tokens';

/** One English word with its offsets. */
export interface EnglishToken {
  text: string;
  start: number;
  end: number;
}

// A dotted abbreviation (U.S., U.N.) is one word; otherwise letters and digits, with an inner apostrophe
// (coalition's, don't); hyphens and spaces separate words.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits English text into words. */
export function englishTokens(text: string): EnglishToken[] {
  const out: EnglishToken[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when two words of a multi-word English term may stand on either side of `gap` (spaces or one hyphen). */
export function isEnglishGap(gap: string): boolean {
  return isEnglishGapAt(gap, 0, gap.length);
}

/** {@link isEnglishGap} for `text[from, to)`, without cutting the string. */
export function isEnglishGapAt(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) hyphens++;
    else if (!isSpaceCode(c)) return false;
  }
  return hyphens <= 1;
}

/** Irregular plurals a term may take (the regular ones are handled by rule). */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['people', 'person'], ['crises', 'crisis'],
  ['analyses', 'analysis'], ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['feet', 'foot'],
  ['mice', 'mouse'], ['geese', 'goose'], ['teeth', 'tooth'], ['lives', 'life'], ['wives', 'wife'],
  ['knives', 'knife'], ['thieves', 'thief'], ['leaves', 'leaf'], ['halves', 'half'], ['militias', 'militia'],
]);

/** British spellings folded to American ones, so a glossary in one matches a translation in the other. */
export const BRITISH_ENDINGS: readonly { from: RegExp; to: string; case: string }[] = [
  { from: /isation(s?)$/, to: 'ization$1', case: 'organisation / organization' },
  { from: /is(e|ed|es|ing)$/, to: 'iz$1', case: 'recognise / recognize (words of six letters or more)' },
  { from: /our(s?)$/, to: 'or$1', case: 'labour / labor (words of six letters or more)' },
  { from: /tre(s?)$/, to: 'ter$1', case: 'centre / center (words of six letters or more)' },
];

/** -ence words whose American spelling is -ense. */
export const BRITISH_ENCE: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'], ['offence', 'offense'], ['licence', 'license'], ['pretence', 'pretense'],
]);

/**
 * The comparison key of an English word: without a possessive ('s, ’s) and reduced from a plural (-ies → -y,
 * -es after a sibilant, -s, and the common irregular ones), with British spellings folded to American.
 * Lower-cased unless the entry is case-sensitive; a case-sensitive word only loses a lower-case ending,
 * so "ISIS" and "IS" stay themselves while "NGOs" becomes "NGO".
 */
export function englishKey(word: string, caseSensitive = false): string {
  let w = caseSensitive ? word : word.toLowerCase();
  w = w.replace(/['’]s$/, '');
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular !== undefined) w = irregular;
  else if (w.length > 4 && /[^aeiou]ies$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[^sui'’]s$/.test(w)) w = w.slice(0, -1);
  w = BRITISH_ENCE.get(w) ?? w;
  if (w.length >= 6) for (const b of BRITISH_ENDINGS) w = w.replace(b.from, b.to);
  return w;
}
