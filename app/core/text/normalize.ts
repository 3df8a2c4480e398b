/**
 * Orthographic normalisation of Arabic text, for comparing words rather than spellings.
 *
 * Arabic writers vary in what they spell out: short vowels (harakat) are usually left out, hamza seats and
 * the alef with hamza are often written as a bare alef, final ى and ي are confused (Egyptian print writes ى
 * for both), final ة is often typed as ه, and digits come in Western, Arabic-Indic and Persian forms. The
 * normalised string folds all of these, and keeps a map from each of its code units back to the original
 * text so matches can be reported at the offsets the translator sees.
 */

/** What to fold beyond the always-on rules. */
export interface NormalizeOptions {
  /** Fold final ة (teh marbuta) into ه. Default false. */
  tehMarbutaToHeh?: boolean;
  /** Map Arabic-Indic and Persian digits to Western ones. Default true. */
  digits?: boolean;
  /** Fold ى (alef maksura) into ي. Default true. */
  alefMaksuraToYeh?: boolean;
}

/** A normalised string and, for each of its code units, the offset of the original code unit it came from. */
export interface Normalized {
  text: string;
  /** `offsets[i]` is the original offset of `text[i]`; `offsets[text.length]` is the original length. */
  offsets: number[];
}

/**
 * Marks that carry no letter identity for matching: harakat, tanwin, shadda, sukun, superscript alef, the
 * Quranic annotation marks, tatweel (kashida, a purely typographic stretch), joiners and direction marks.
 */
export const ARABIC_DROPPED: ReadonlySet<string> = new Set([
  ...rangeChars(0x0610, 0x061a), // Quranic honorifics and small letters above
  ...rangeChars(0x064b, 0x065f), // fathatan … wavy hamza below: tanwin, harakat, shadda, sukun
  '\u0670', // superscript (dagger) alef
  ...rangeChars(0x06d6, 0x06dc), // Quranic pause marks
  ...rangeChars(0x06df, 0x06e4),
  '\u06e7',
  '\u06e8',
  ...rangeChars(0x06ea, 0x06ed),
  '\u0640', // tatweel
  '\u200c', // zero-width non-joiner and joiner: shape letters, do not change them
  '\u200d',
  '\u200e', // left-to-right and right-to-left marks, Arabic letter mark: direction only
  '\u200f',
  '\u061c',
]);

/** Letter variants folded to one letter. Each line is one orthographic convention. */
export const ARABIC_LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
  ['\u0623', '\u0627'], // أ alef with hamza above → ا
  ['\u0625', '\u0627'], // إ alef with hamza below → ا
  ['\u0622', '\u0627'], // آ alef with madda → ا
  ['\u0671', '\u0627'], // ٱ alef wasla → ا
  ['\u0672', '\u0627'], // ٲ wavy hamza above → ا
  ['\u0673', '\u0627'], // ٳ wavy hamza below → ا
  ['\u0624', '\u0648'], // ؤ hamza on waw seat → و
  ['\u0626', '\u064a'], // ئ hamza on yeh seat → ي
  ['\u06cc', '\u064a'], // ی Farsi yeh → ي
  ['\u06a9', '\u0643'], // ک keheh → ك
]);

/** The digit blocks folded to Western digits: Arabic-Indic (U+0660) and Extended/Persian (U+06F0). */
export const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0];

function rangeChars(from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  return out;
}

/** The Western digit for an Arabic-Indic or Persian digit, or undefined. */
export function westernDigit(ch: string): string | undefined {
  const c = ch.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return String(c - zero);
  return undefined;
}

/** Folds one code unit; returns '' to drop it. Presentation forms (U+FB50–U+FEFF) are decomposed first. */
function foldChar(ch: string, o: Required<NormalizeOptions>): string {
  const code = ch.charCodeAt(0);
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) {
    const decomposed = ch.normalize('NFKC');
    // Unassigned code points in these blocks decompose to themselves.
    if (decomposed === ch) return ch;
    let out = '';
    for (const c of decomposed) out += foldChar(c, o);
    return out;
  }
  if (ARABIC_DROPPED.has(ch)) return '';
  const letter = ARABIC_LETTER_FOLDS.get(ch);
  if (letter !== undefined) return letter;
  if (ch === '\u0649') return o.alefMaksuraToYeh ? '\u064a' : ch;
  if (ch === '\u0629') return o.tehMarbutaToHeh ? '\u0647' : ch;
  if (o.digits) {
    const d = westernDigit(ch);
    if (d !== undefined) return d;
  }
  return ch;
}

function withDefaults(options: NormalizeOptions): Required<NormalizeOptions> {
  return {
    tehMarbutaToHeh: options.tehMarbutaToHeh ?? false,
    digits: options.digits ?? true,
    alefMaksuraToYeh: options.alefMaksuraToYeh ?? true,
  };
}

/** Normalises `text` and keeps the offset map back to it. Non-Arabic characters pass through unchanged. */
export function normalizeArabicWithOffsets(text: string, options: NormalizeOptions = {}): Normalized {
  const o = withDefaults(options);
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const folded = foldChar(ch, o);
    out += folded;
    for (let k = 0; k < folded.length; k++) offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/**
 * The replacement of every code unit that {@link normalizeArabic} changes under one set of options ('' for
 * one it drops). Only Arabic, joiners, direction marks and presentation forms can change; the Arabic block,
 * where nearly all lookups land, is an array, the rest a map. Read it with {@link foldCode}.
 */
export interface FoldTable {
  /** U+0600 to U+06FF. */
  readonly arabic: readonly (string | undefined)[];
  readonly other: ReadonlyMap<number, string>;
}

const foldTables = new Map<string, FoldTable>();

/** The fold table of `options`, for scanners that compare normalised text in place. */
export function foldTable(options: NormalizeOptions = {}): FoldTable {
  return foldTableOf(withDefaults(options));
}

/** What code unit `c` becomes under `table` ('' when dropped), or undefined when it stays as it is. */
export function foldCode(table: FoldTable, c: number): string | undefined {
  if (c < 0x0600) return undefined;
  return c <= 0x06ff ? table.arabic[c - 0x0600] : table.other.get(c);
}

function foldTableOf(o: Required<NormalizeOptions>): FoldTable {
  const id = `${+o.tehMarbutaToHeh}${+o.digits}${+o.alefMaksuraToYeh}`;
  let t = foldTables.get(id);
  if (!t) {
    const arabic = new Array<string | undefined>(0x100).fill(undefined);
    const other = new Map<number, string>();
    const ranges: [number, number][] = [[0x0600, 0x06ff], [0x200c, 0x200f], [0xfb50, 0xfdff], [0xfe70, 0xfefc]];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        const f = foldChar(ch, o);
        if (f === ch) continue;
        if (c <= 0x06ff) arabic[c - 0x0600] = f;
        else other.set(c, f);
      }
    }
    foldTables.set(id, (t = { arabic, other }));
  }
  return t;
}

/** Normalises `text` (see {@link normalizeArabicWithOffsets}) when the offsets are not needed. */
export function normalizeArabic(text: string, options: NormalizeOptions = {}): string {
  const table = foldTableOf(withDefaults(options));
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(table, text.charCodeAt(i));
    if (f === undefined) continue;
    out += text.slice(run, i) + f;
    run = i + 1;
  }
  return run === 0 ? text : out + text.slice(run);
}

/**
 * Maps the span [start, end) of a normalised string back to the original text. The original span covers
 * every dropped mark that sits inside it, and the marks that trail its last letter (a word's final
 * harakat belong to the word).
 */
export function originalSpan(n: Normalized, start: number, end: number, original?: string): { start: number; end: number } {
  const s = n.offsets[start] ?? n.offsets[n.offsets.length - 1]!;
  let e = end > start ? n.offsets[end - 1]! + 1 : s;
  if (original !== undefined && end > start) {
    while (e < original.length && ARABIC_DROPPED.has(original[e]!)) e++;
  }
  return { start: s, end: e };
}
