/**
 * Unicode character classes by code point, for tokenisers that scan text by hand instead of running a
 * regular expression per word (which allocates a match array per word; QA reads every word of a document
 * several times). The classes agree with the regular-expression properties they are named after.
 */

/** General category L (letter), as `\p{L}`. */
export const LETTER = 1;
/** General category M (combining mark), as `\p{M}`. */
export const MARK = 2;
/** General category Nd (decimal digit), as `\p{Nd}`. */
export const DECIMAL = 4;
/** General category N (any number: digits, letter-like and other numbers), as `\p{N}`. */
export const NUMBER = 8;

const TESTS: readonly [RegExp, number][] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{M}$/u, MARK],
  [/^\p{Nd}$/u, DECIMAL],
  [/^\p{N}$/u, NUMBER],
];

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let c = 0;
  for (const [re, bit] of TESTS) if (re.test(ch)) c |= bit;
  return c;
}

// The Basic Multilingual Plane in blocks of 256 code points, each classified the first time text uses it
// (a document touches a handful of blocks); code points beyond it are rare and remembered one by one.
const blocks: (Uint8Array | undefined)[] = [];
const astral = new Map<number, number>();

/** The class bits ({@link LETTER}, {@link MARK}, {@link DECIMAL}, {@link NUMBER}) of code point `cp`. */
export function charClass(cp: number): number {
  if (cp < 0x80) {
    if ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a) return LETTER;
    return cp >= 0x30 && cp <= 0x39 ? DECIMAL | NUMBER : 0;
  }
  if (cp > 0xffff) {
    let c = astral.get(cp);
    if (c === undefined) astral.set(cp, (c = classify(cp)));
    return c;
  }
  const b = cp >> 8;
  let block = blocks[b];
  if (block === undefined) {
    block = blocks[b] = new Uint8Array(256);
    for (let k = 0; k < 256; k++) block[k] = classify((b << 8) | k);
  }
  return block[cp & 0xff]!;
}

/** The class bits of the code point at `text[i]` (a surrogate pair counts as one code point). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0xd800 || c > 0xdbff ? charClass(c) : charClass(text.codePointAt(i)!);
}

/** How many code units the code point at `text[i]` takes: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}
