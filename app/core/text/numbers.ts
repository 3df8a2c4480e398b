/**
 * Finds the numbers a sentence states, whether written in digits (Western, Arabic-Indic or Persian, with
 * `, ٬` thousands and `. ٫` decimal separators) or in words (أربعمئة وخمسة وعشرون مليون, 15 ألفاً,
 * twenty-five, 3.5 million), so a reviewer can check that source and translation state the same numbers.
 */
import { ARABIC_DEFINITE_OK, ARABIC_NUMBER_WORDS, ENGLISH_NUMBER_WORDS, type NumberWord } from './numbers-words';
import * as chars from './char-class';
import * as normalize from './normalize';

// Read once at load: where modules are loaded as CommonJS (tsx, which runs the bench), every use of an
// imported name is a property getter, and these run for every character.
const { classAt, widthAt } = chars;
const WORD_CHAR = chars.LETTER | chars.MARK;
const { foldCode, foldTable, normalizeArabic, westernDigit } = normalize;

/** A number found in a text. Offsets are UTF-16 code units into that text. */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** The text as it stands, e.g. `٢٬٥٠٠` or `ألفين وستمئة وثمانين`. */
  text: string;
  /** True when the number is written wholly in words (no digits). */
  spelled?: boolean;
  /** True for an ordinal (20th, twentieth): the other language may say it with a word we do not read as a number. */
  ordinal?: boolean;
  /** True for a part of an all-digit date (20/1/2015): the other language may spell the month out. */
  datePart?: boolean;
}

const DIGIT = '[0-9\u0660-\u0669\u06f0-\u06f9]';
// At a digit: an all-digit date (20/1/2015, 2015-01-20, 20.1.2015); or digits, optional thousands groups,
// optional decimals, optional English ordinal ending (20th). Sticky: tried only where a digit stands.
const DIGITS_AT = new RegExp(
  `(${DIGIT}{1,4}([/.-])${DIGIT}{1,2}\\2${DIGIT}{1,4})(?!${DIGIT})|(${DIGIT}+(?:[,\u066c]${DIGIT}{3}(?!${DIGIT}))*(?:[.\u066b]${DIGIT}+)?)(?:st|nd|rd|th)?(?!${DIGIT})`,
  'uy',
);

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** A letter, a combining mark or tatweel: what a number word is made of. */
function isWordCharAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x0640 || (classAt(text, i) & WORD_CHAR) !== 0;
}

interface Atom {
  start: number;
  end: number;
  /** Number value for digit atoms. */
  digits?: number;
  word?: string;
  ordinal?: boolean;
  datePart?: boolean;
}

/**
 * The digit groups and the number-relevant words of `text`. Other words are left out: whatever stands
 * between two atoms then is not a plain gap, so a phrase cannot run across a word that is not a number.
 * Words are runs of `[\p{L}\p{M}\u0640]`, scanned by hand and tested in place: most words are not numbers,
 * and a regular expression (or cutting each word out) would allocate for each.
 */
function atoms(text: string, relevant: (text: string, start: number, end: number) => boolean): Atom[] {
  const out: Atom[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isDigitCode(text.charCodeAt(i))) {
      DIGITS_AT.lastIndex = i;
      const m = DIGITS_AT.exec(text)!; // DIGIT+ alone always matches here
      const start = i;
      i = start + m[0].length;
      const date = m[1];
      if (date !== undefined) {
        let at = start;
        for (const part of date.split(/[/.-]/)) {
          out.push({ start: at, end: at + part.length, digits: parseDigits(part), datePart: true });
          at += part.length + 1;
        }
      } else {
        out.push({ start, end: i, digits: parseDigits(m[3]!), ordinal: m[0].length > m[3]!.length });
      }
    } else if (isWordCharAt(text, i)) {
      const start = i;
      i += widthAt(text, i);
      while (i < n && isWordCharAt(text, i)) i += widthAt(text, i);
      if (relevant(text, start, i)) out.push({ start, end: i, word: text.slice(start, i) });
    } else {
      i += widthAt(text, i);
    }
  }
  return out;
}

/** Value of a digit string with thousands separators `, ٬` and decimal point `. ٫`. */
export function parseDigits(s: string): number {
  let t = '';
  for (const ch of s) {
    if (ch === ',' || ch === '\u066c') continue;
    if (ch === '.' || ch === '\u066b') t += '.';
    else t += westernDigit(ch) ?? ch;
  }
  return Number(t);
}

/** Rounds away binary noise (2.3 × 10⁶ = 2299999.9999999995). */
function clean(x: number): number {
  // A whole number of up to 12 digits has no noise to round away (and most numbers are whole).
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number(x.toPrecision(12));
}

const AR_LEX = new Map<string, NumberWord>();
for (const [w, v] of ARABIC_NUMBER_WORDS) AR_LEX.set(arKey(w), v);
const EN_LEX = new Map<string, NumberWord>(ENGLISH_NUMBER_WORDS);

function arKey(w: string): string {
  return normalizeArabic(w, { tehMarbutaToHeh: true });
}

/** A trie over UTF-16 code units, to tell that a word is not a number word without cutting it out of its text. */
interface CodeNode {
  next: Map<number, CodeNode>;
  word: boolean;
}

function codeTrie(words: Iterable<string>): CodeNode {
  const root: CodeNode = { next: new Map(), word: false };
  for (const w of words) {
    let n = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = { next: new Map(), word: false }));
      n = child;
    }
    n.word = true;
  }
  return root;
}

const AR_FOLD = foldTable({ tehMarbutaToHeh: true });

/**
 * Every normalised spelling {@link arabicLookup} reads as a number word, first in a phrase or not: a
 * lexicon word, alone or after و, the article, ب or ل. The candidates are filtered through the lookup
 * itself, so the two cannot disagree.
 */
const AR_SPELLINGS = codeTrie(
  [...AR_LEX.keys()]
    .flatMap((k) => [k, `و${k}`, `ال${k}`, `وال${k}`, `ب${k}`, `ل${k}`])
    .filter((k) => arabicLookupUncached(k, true) !== undefined || arabicLookupUncached(k, false) !== undefined),
);

/** True when `text[start, end)`, normalised as {@link arKey} does, is a spelling in {@link AR_SPELLINGS}. */
function arabicRelevant(text: string, start: number, end: number): boolean {
  let node: CodeNode | undefined = AR_SPELLINGS;
  for (let i = start; i < end && node !== undefined; i++) {
    const c = text.charCodeAt(i);
    const folded = foldCode(AR_FOLD, c);
    if (folded === undefined) node = node.next.get(c);
    else for (let k = 0; k < folded.length && node !== undefined; k++) node = node.next.get(folded.charCodeAt(k));
  }
  return node !== undefined && node.word;
}

const EN_SPELLINGS = codeTrie([...EN_LEX.keys(), 'a', 'an', 'and']);

/** True for an English number word (any case), or a, an, and (which may join one: "a hundred and five"). */
function englishRelevant(text: string, start: number, end: number): boolean {
  let node: CodeNode | undefined = EN_SPELLINGS;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Beyond ASCII, lower-casing is Unicode's (the Kelvin sign is a k): ask the lexicon the slow way.
    if (c >= 0x80) return englishWordRelevant(text.slice(start, end));
    node = node.next.get(c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
    if (node === undefined) return false;
  }
  return node.word;
}

function englishWordRelevant(word: string): boolean {
  return EN_LEX.has(word.toLowerCase()) || /^(?:an?|and)$/i.test(word);
}

type Lookup = (word: string, first: boolean) => { w: NumberWord; conj: boolean } | undefined;

// Words recur: each spelling is looked up once (bounded, so a huge document cannot grow it without end).
const arabicMemo = [new Map<string, { w: NumberWord; conj: boolean } | null>(), new Map<string, { w: NumberWord; conj: boolean } | null>()];

function arabicLookup(word: string, first: boolean): { w: NumberWord; conj: boolean } | undefined {
  const memo = arabicMemo[first ? 1 : 0]!;
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  if (memo.size >= 100_000) memo.clear();
  const found = arabicLookupUncached(word, first);
  memo.set(word, found ?? null);
  return found;
}

function arabicLookupUncached(word: string, first: boolean): { w: NumberWord; conj: boolean } | undefined {
  const k = arKey(word);
  const direct = AR_LEX.get(k);
  const conj = k.startsWith('و') && k.length > 2 ? AR_LEX.get(k.slice(1)) : undefined;
  // Inside a phrase و is the conjunction: وأحد عشر (and eleven) there is not واحد (one) + عشر.
  if (!first) {
    if (conj) return { w: conj, conj: true };
    if (direct) return { w: direct, conj: false };
    // The tens of an ordinal carry the article: الحادي والعشرين (21st), الثالثة والثلاثين (33rd).
    const tens = k.startsWith('وال') ? AR_LEX.get(k.slice(3)) : undefined;
    return tens && tens.kind === 'add' && tens.value >= 20 && tens.value % 10 === 0 ? { w: tens, conj: true } : undefined;
  }
  if (direct && direct.kind !== 'half') return { w: direct, conj: false };
  if (conj && k.length > 3) return { w: conj, conj: true };
  // The definite article on units and tens: السنوات الثلاث, القرن العشرين (not الاثنين, Monday).
  if (k.startsWith('ال')) {
    const rest = AR_LEX.get(k.slice(2));
    if (rest && rest.kind === 'add' && ARABIC_DEFINITE_OK.has(rest.value)) return { w: rest, conj: false };
    // A definite cardinal teen: الأحد عشر لاعباً, الاثنا عشر (الأحد alone is Sunday, and stays no number).
    if (rest && rest.kind === 'teen-unit' && rest.ordinal !== true) return { w: rest, conj: false };
  }
  // A preposition on the first word (بخمسة, لثلاثة), only when the rest is not a short word (لست is "I am not").
  if ((k.startsWith('ب') || k.startsWith('ل')) && k.length > 4) {
    const rest = AR_LEX.get(k.slice(1));
    if (rest && rest.kind !== 'half') return { w: rest, conj: false };
  }
  return undefined;
}

function englishLookup(word: string): { w: NumberWord; conj: boolean } | undefined {
  const w = EN_LEX.get(word.toLowerCase());
  return w ? { w, conj: false } : undefined;
}

/** Parser state for one number phrase. */
interface Phrase {
  total: number;
  group: number;
  /** The last unit added, so a following مئة/عشر can combine with it. */
  lastUnit: number;
  lastKind: NumberWord['kind'] | 'digits' | 'none';
  lastScale: number;
  spelled: boolean;
  end: number;
  pendingTeen: number;
  /** The phrase ends in an ordinal word (twentieth) or is an ordinal teen (الخامس عشر). */
  ordinal: boolean;
}

/** Tries to extend the phrase with one word; returns false when the word does not continue it. */
function extend(p: Phrase, w: NumberWord, conj: boolean, lang: 'ar' | 'en'): boolean {
  const started = p.lastKind !== 'none';
  const teen = p.pendingTeen > 0;
  if (teen && w.kind !== 'ten') {
    // An ordinal unit and its tens: الحادي والعشرين = 21st, الخامسة والثلاثين = 35th.
    if (!(p.ordinal && conj && w.kind === 'add' && w.value >= 20 && w.value % 10 === 0)) return false;
    p.group += p.pendingTeen + w.value;
    p.pendingTeen = 0;
    p.lastUnit = w.value;
    p.lastKind = 'add';
    return true;
  }
  switch (w.kind) {
    case 'add':
      // twenty-first: an English ordinal unit only after a tens word.
      if (w.afterTens === true && !(started && p.lastKind === 'add' && p.lastUnit >= 20 && p.lastUnit % 10 === 0)) return false;
      if (started) {
        if (lang === 'ar' && !conj) return false;
        if (lang === 'en' && p.lastKind === 'add' && !(p.lastUnit >= 20 && p.lastUnit % 10 === 0 && w.value < 10)) return false;
        if (p.lastKind === 'digits') return false;
      }
      p.group += w.value;
      p.lastUnit = w.value;
      break;
    case 'teen-unit':
      // An ordinal teen only begins a phrase: مئة والخامس عشر is not a number we read.
      if (started && (!conj || w.ordinal === true)) return false;
      p.pendingTeen = w.value;
      p.lastUnit = w.value;
      break;
    case 'ten':
      if (teen) {
        p.group += p.pendingTeen + 10;
        p.pendingTeen = 0;
      } else if (started && !conj && p.lastKind === 'add' && p.lastUnit < 10) {
        p.group += 10; // ثلاثة عشر
      } else if (!started || conj) {
        p.group += 10;
      } else return false;
      p.lastUnit = 10;
      break;
    case 'hundred':
      if (lang === 'en') {
        if (p.lastKind === 'hundred' || p.lastKind === 'digits') return false;
        p.group = (p.group === 0 ? 1 : p.group) * 100;
      } else if (started && !conj && p.lastKind === 'add' && w.value === 100 && p.lastUnit >= 3 && p.lastUnit <= 9) {
        p.group += p.lastUnit * 99; // ثلاث مئة
      } else if (!started || conj) {
        p.group += w.value;
      } else return false;
      p.lastUnit = 0;
      break;
    case 'scale': {
      const hasCount = p.group > 0;
      // "وألف" after a larger scale adds a thousand (مليون وألف = 1,001,000); otherwise a scale word
      // follows its count directly (خمسة آلاف), never after و.
      if (conj && !(p.lastKind === 'scale' && !hasCount && !w.plural && w.value < p.lastScale)) return false;
      if (w.dual && hasCount) return false;
      if (w.plural && !hasCount) return false;
      if (!conj && !hasCount && p.lastKind === 'scale') return false;
      const count = hasCount ? p.group : w.dual ? 2 : 1;
      p.total += count * w.value;
      p.group = 0;
      p.lastScale = w.value;
      p.lastUnit = 0;
      break;
    }
    case 'half':
      if (!(conj && p.lastKind === 'scale')) return false;
      p.total += p.lastScale / 2;
      break;
  }
  p.lastKind = w.kind;
  // An ordinal teen stays ordinal through its عشر (الخامس عشر = 15th).
  p.ordinal = w.kind === 'add' || w.kind === 'teen-unit' ? w.ordinal === true : w.kind === 'ten' && teen && p.ordinal;
  return true;
}

function valueOf(p: Phrase): number {
  return clean(p.total + p.group);
}

/**
 * Every number stated in `text`, in order. Spelled-out numbers are read as whole phrases (units, tens,
 * hundreds, thousands, millions, billions; Arabic joined by و, English by spaces, hyphens and "and").
 * Vague quantities (آلاف alone, "millions") are not numbers.
 */
export function findNumbers(text: string, lang: 'ar' | 'en'): NumberMention[] {
  const list = atoms(text, lang === 'ar' ? arabicRelevant : englishRelevant);
  const lookup: Lookup = lang === 'ar' ? arabicLookup : (w) => englishLookup(w);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < list.length) {
    const a = list[i]!;
    const p: Phrase = { total: 0, group: 0, lastUnit: 0, lastKind: 'none', lastScale: 0, spelled: true, end: a.end, pendingTeen: 0, ordinal: false };
    let j = i;
    if (a.digits !== undefined && (a.datePart || a.ordinal)) {
      // Date parts and ordinals stand alone: "20th million" and "2015/1/20 ألف" are not phrases.
      out.push({ value: a.digits, start: a.start, end: a.end, text: text.slice(a.start, a.end), spelled: false, ...(a.datePart ? { datePart: true } : { ordinal: true }) });
      i++;
      continue;
    }
    if (a.digits !== undefined) {
      p.group = a.digits;
      p.lastKind = 'digits';
      p.spelled = false;
      j = i + 1;
    } else if (lang === 'en' && /^an?$/i.test(a.word!) && list[i + 1]?.word !== undefined && isGap(text, a.end, list[i + 1]!.start, lang)) {
      // "a hundred", "a million": the article counts one.
      const next = lookup(list[i + 1]!.word!, true);
      if (next && (next.w.kind === 'hundred' || (next.w.kind === 'scale' && !next.w.plural && !next.w.dual))) {
        p.group = 1;
        p.lastKind = 'add';
        p.lastUnit = 1;
        j = i + 1;
      } else {
        i++;
        continue;
      }
    } else {
      const first = lookup(a.word!, true);
      if (!first || !extend(p, first.w, false, lang)) {
        i++;
        continue;
      }
      j = i + 1;
    }
    p.end = list[j - 1]!.end;
    while (j < list.length) {
      const b = list[j]!;
      if (!isGap(text, p.end, b.start, lang)) break;
      if (b.word === undefined) break;
      if (lang === 'en' && b.word.toLowerCase() === 'and') {
        const c = list[j + 1];
        const cw = c?.word !== undefined && isGap(text, b.end, c.start, lang) ? lookup(c.word, false) : undefined;
        if (!cw || (p.lastKind !== 'hundred' && p.lastKind !== 'scale') || cw.w.kind === 'scale') break;
        const trial = { ...p };
        if (!extend(trial, cw.w, cw.conj, lang)) break;
        Object.assign(p, trial);
        p.end = c!.end;
        j += 2;
        continue;
      }
      const next = lookup(b.word, false);
      if (!next) break;
      const trial = { ...p };
      if (!extend(trial, next.w, next.conj, lang)) break;
      Object.assign(p, trial);
      p.end = b.end;
      j++;
    }
    if (p.pendingTeen > 0 || (p.lastKind !== 'digits' && p.total === 0 && p.group === 0 && p.lastKind !== 'add')) {
      // أحد alone ("someone", "one of") is not a number; nor is anything that summed to nothing but "zero".
      i = j;
      continue;
    }
    const mention: NumberMention = { value: valueOf(p), start: a.start, end: p.end, text: text.slice(a.start, p.end), spelled: p.spelled };
    if (p.ordinal) mention.ordinal = true;
    out.push(mention);
    i = j;
  }
  return out;
}

function isGap(text: string, from: number, to: number, lang: 'ar' | 'en'): boolean {
  const gap = text.slice(from, to);
  // An empty gap only occurs between digits and a word (5bn, 15ألفاً).
  return lang === 'en' ? /^(?:\s*|-)$/.test(gap) : /^\s*$/.test(gap);
}
