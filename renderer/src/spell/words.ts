/**
 * The English words a spell-checker should look at, with their offsets. Left out: acronyms and mixed case
 * (ISIS, NATO, iPhone), single letters, anything touching a digit or inside an address (3rd, a@b.org,
 * example.com/path), words in other scripts (an Arabic name left in the English), and protected inline codes.
 */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

// Letters with inner apostrophes (don't, coalition's, o’clock); hyphenated words are checked part by part.
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
const LATIN = /^[\p{Script=Latin}'’]+$/u;
const ADDRESS_CHAR = /[\p{N}@_/\\\uE000-\uF8FF]/u;

export function spellWords(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (word.length < 2 || !LATIN.test(word)) continue;
    // Upper case after the first letter: an acronym or a brand, which dictionaries do not hold.
    if (/\p{Lu}/u.test(word.slice(1))) continue;
    // Next to a digit, an @, a slash or a code, or a dot/colon glued between letters: part of an address.
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end, end + 2);
    if (ADDRESS_CHAR.test(before.slice(-1)) || ADDRESS_CHAR.test(after.slice(0, 1))) continue;
    if (/^\p{L}[.:]$/u.test(before) || /^[.:]\p{L}/u.test(after)) continue;
    out.push({ word, start, end });
  }
  return out;
}

/** The form a dictionary knows: typographic apostrophes as ASCII ones, a possessive 's/s' taken off. */
export function dictionaryForm(word: string): string {
  return word.replace(/’/g, "'").replace(/'s?$/u, '');
}
