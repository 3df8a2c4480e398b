/**
 * English side of term matching: word tokens and the key a word is compared by, so that "coalition's",
 * "Coalition" and "coalitions" all meet "coalition", and "al-Qaeda" meets "al Qaeda".
 */
import { isSpaceCode, scannedTokens } from '../text/arabic-tokens';
import * as chars from '../text/char-class';

// Read once at load: where modules are loaded as CommonJS (tsx, which runs the bench), every use of an
// imported name is a property getter, and these run for every character.
const { classAt, widthAt, LETTER, NUMBER } = chars;
const WORD_CHAR = LETTER | NUMBER;

/** One English word with its offsets. */
export interface EnglishToken {
  text: string;
  start: number;
  end: number;
}

function isLetterAt(text: string, i: number): boolean {
  return i < text.length && (classAt(text, i) & LETTER) !== 0;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** The end of a dotted abbreviation (U.S., U.N.: two or more letter-dot pairs) starting at `i`, or -1. */
function abbreviationEnd(text: string, i: number): number {
  let pairs = 0;
  while (isLetterAt(text, i)) {
    const w = widthAt(text, i);
    if (text.charCodeAt(i + w) !== 0x2e) break;
    i += w + 1;
    pairs++;
  }
  return pairs >= 2 ? i : -1;
}

/**
 * Finds the words of English text and writes their offsets to `starts` and `ends` (from index 0; entries
 * past the returned count are stale). A dotted abbreviation (U.S., U.N.) is one word; otherwise letters and
 * digits, with an inner apostrophe (coalition's, don't); hyphens and spaces separate words. Scanned by hand
 * as `(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’]\p{L}+)*` would match.
 */
export function scanEnglishWords(text: string, starts: number[], ends: number[]): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    if ((cls & WORD_CHAR) === 0) {
      i += widthAt(text, i);
      continue;
    }
    starts[count] = i;
    const abbr = cls & LETTER ? abbreviationEnd(text, i) : -1;
    if (abbr >= 0) {
      i = abbr;
    } else {
      while (i < n && (classAt(text, i) & WORD_CHAR) !== 0) i += widthAt(text, i);
      while (i < n && isApostrophe(text.charCodeAt(i)) && isLetterAt(text, i + 1)) {
        i++;
        while (isLetterAt(text, i)) i += widthAt(text, i);
      }
    }
    ends[count++] = i;
  }
  return count;
}

/** Splits English text into words (see {@link scanEnglishWords}). */
export function englishTokens(text: string): EnglishToken[] {
  return scannedTokens(text, scanEnglishWords);
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
