/**
 * Sentence segmentation rules as data. The engine in `segment.ts` reads these tables; each entry has a
 * unit test in tests/unit/core/text/segment-rules.test.ts that names the linguistic case it covers.
 *
 * Abbreviation keys are compared after removing Arabic diacritics and tatweel and (for English) lower-casing,
 * so `هـ` is listed as `ه` and `Mr` as `mr`.
 */
import type { Lang } from '../align/types';

/** Characters that can end a sentence. `؛` (Arabic semicolon) and `،` (Arabic comma) are deliberately absent. */
export const TERMINATORS: ReadonlySet<string> = new Set(['.', '!', '?', '؟', '…', '‼', '⁇', '⁈', '⁉', '۔']);

/** Stops that end a sentence whatever follows (a question or exclamation is never an abbreviation). */
export const STRONG_TERMINATORS: ReadonlySet<string> = new Set(['!', '?', '؟', '‼', '⁇', '⁈', '⁉', '۔']);

/** Closing quotes and brackets that belong to the sentence they follow (`".` `»` `)` after the stop). */
export const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '﴿', '」', '』']);

/**
 * How an abbreviation behaves before a period:
 * - `title`: always followed by a name or word (`Mr.`, `Dr.`, `د.`): never a sentence end inside a line.
 * - `numeric`: ends no sentence when a number follows (`No. 5`, `ص.ب. 123`), otherwise an ordinary stop.
 * - `inner`: ends no sentence before a lower-case word or a number; before a capital it ends one only when
 *   the capital word is a usual sentence opener (`at 5 p.m. The talks` vs `the U.S. President`).
 */
export type AbbreviationKind = 'title' | 'numeric' | 'inner';

/** English abbreviations (lower-case, without the final period; inner periods kept, e.g. `e.g`). */
export const EN_ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = new Map<string, AbbreviationKind>([
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'messrs', 'mme', 'mlle', 'fr', 'insp', 'supt'].map(
    (k) => [k, 'title'] as const,
  ),
  ...['e.g', 'i.e', 'cf', 'vs', 'viz', 'approx', 'ca', 'est', 'dept', 'govt', 'univ'].map((k) => [k, 'title'] as const),
  ...['no', 'nos', 'art', 'fig', 'figs', 'p', 'pp', 'vol', 'vols', 'ch', 'sec', 'para', 'tel', 'ext'].map((k) => [k, 'numeric'] as const),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map((k) => [k, 'numeric'] as const),
  ...['a.m', 'p.m', 'u.s', 'u.n', 'u.k', 'u.s.a', 'e.u', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'bros', 'plc', 'al', 'a.d', 'b.c', 'ph.d', 'm.a', 'b.a', 'd.c'].map(
    (k) => [k, 'inner'] as const,
  ),
]);

/** Arabic abbreviations (without diacritics, tatweel or the final period). */
export const AR_ABBREVIATIONS: ReadonlyMap<string, AbbreviationKind> = new Map<string, AbbreviationKind>([
  // د. (دكتور), أ. (أستاذ), أ.د. (أستاذ دكتور), م. (مهندس), ل. (لواء), ع. (عميد), ش. (شيخ / شارع), ج. (جزء)
  ...['د', 'أ', 'ا', 'أ.د', 'ا.د', 'م', 'ل', 'ع', 'ش', 'ج', 'م.م'].map((k) => [k, 'title'] as const),
  // ص.ب. (صندوق بريد), ت. (تلفون), ص. (صفحة), هـ. (هجري, written with tatweel): followed by a number
  ...['ص.ب', 'ص', 'ت', 'ه'].map((k) => [k, 'numeric'] as const),
  // ق.م. (قبل الميلاد) and ج.م.ع. (Egypt) can close a sentence.
  ...['ق.م', 'ج.م.ع'].map((k) => [k, 'inner'] as const),
]);

/**
 * Era markers written after a year (`٢٠١٥ م.`, `١٤٣٦ هـ.`): after a number they are an ordinary sentence end,
 * not the title `م.` (مهندس).
 */
export const AR_ERA_MARKERS: ReadonlySet<string> = new Set(['م', 'ه', 'ق.م']);

/**
 * A single letter before a period is an initial (`John F. Kennedy`, `أ. محمد`). English initials behave like
 * `inner` abbreviations (`Plan B. The talks` still ends a sentence); Arabic has no capitals, so Arabic initials
 * behave like titles.
 */
export const INITIAL_KIND: Readonly<Record<Lang, AbbreviationKind>> = { en: 'inner', ar: 'title' };

/** Capitalised English words that usually open a sentence (used after `inner` abbreviations such as `p.m.`). */
export const EN_SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'from', 'after', 'before', 'when', 'while', 'if',
  'as', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all', 'no', 'not', 'however',
  'meanwhile', 'also', 'earlier', 'later', 'last', 'police', 'officials', 'according', 'during', 'since',
]);

/** The abbreviation table of a language. */
export function abbreviations(lang: Lang): ReadonlyMap<string, AbbreviationKind> {
  return lang === 'ar' ? AR_ABBREVIATIONS : EN_ABBREVIATIONS;
}
