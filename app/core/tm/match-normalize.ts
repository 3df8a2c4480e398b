/**
 * The spelling normalisation under TM matching and concordance: two spellings a reader takes for the same word
 * get the same form, so "الإئتلاف" and "الائتلاف" match as equal and "مسئول" finds "مسؤول".
 *
 * The Arabic folding is the shared one of core/text/normalize.ts (harakat, tatweel, alef forms, ى, digits,
 * presentation forms), with ة folded too and, for the TM only, the hamza seats ؤ and ئ folded to ء: the seat
 * varies between writers (مسئول / مسؤول), and a TM must not lose a match over it.
 */
import type { Lang } from '../align/types';
import { ARTICLE, CONJUNCTIONS, LAM_ARTICLE, PREPOSITIONS } from '../text/arabic-clitics';
import { ARABIC_DROPPED, ARABIC_LETTER_FOLDS, westernDigit } from '../text/normalize';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/u;
const HAMZA_SEATS = /[\u0624\u0626]/gu;
// Arabic punctuation and separators match their Latin twins; the typographic apostrophe matches the plain one.
const PUNCT_MAP: Record<string, string> = { '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',', '’': "'" };
const PUNCT = new RegExp(`[${Object.keys(PUNCT_MAP).join('')}]`, 'gu');

// The shared folding tables as two regular expressions: a TM tokenises every stored sentence, and replacing
// by expression is several times faster than folding character by character (same tables, same result).
const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const DROP = new RegExp(`[${[...ARABIC_DROPPED].map(escape).join('')}]`, 'gu');
const FOLDS = new Map<string, string>([...ARABIC_LETTER_FOLDS, ['\u0649', '\u064a'], ['\u0629', '\u0647']]);
const FOLD = new RegExp(`[${[...FOLDS.keys()].map(escape).join('')}\u0660-\u0669\u06f0-\u06f9]`, 'gu');

/** The form a token is compared by: NFKC, Arabic folded as above, punctuation unified, lower case. */
export function matchForm(text: string, lang: Lang): string {
  let s = text.normalize('NFKC');
  if (lang === 'ar' || ARABIC.test(s)) {
    s = s.replace(HAMZA_SEATS, 'ء').replace(DROP, '').replace(FOLD, (c) => FOLDS.get(c) ?? westernDigit(c) ?? c);
  }
  return s.replace(PUNCT, (c) => PUNCT_MAP[c] ?? c).toLowerCase();
}

const CONJ = new Set(CONJUNCTIONS);
const PREP = new Set(PREPOSITIONS);

/**
 * The stem of a normalised Arabic word with its attached particles removed (the particles are those of
 * core/text/arabic-clitics.ts): the conjunctions و/ف, the prepositions ب/ك/ل when they come with the
 * article, and the article ال (also ل + ال written لل). Words whose remainder would be too short keep their
 * letters ("ولد" stays, "الم" stays). Two words with the same stem differ only by particles: a cheap change
 * for matching. A bare preposition (بقرار) is not removed: too many words begin with these letters (بيان,
 * لبنان, كتاب), and one stem per word is needed here, not every reading.
 */
export function arabicStem(form: string): string {
  // Taken off until nothing more comes off, so the stem of a stem is itself: الفائدة → فائدة → ائدة, and فائدة
  // alone → ائدة too. Without that, a word and the same word with the article would get different stems.
  let w = form;
  for (;;) {
    const next = stripOnce(w);
    if (next === w) return w;
    w = next;
  }
}

function stripOnce(form: string): string {
  let w = form;
  // A wrong cut (وزير → زير) only makes two rare words look related; missing وقال / قال costs every news sentence.
  if (w.length >= 4 && CONJ.has(w[0]!)) w = w.slice(1);
  if (w.startsWith(LAM_ARTICLE) && w.length >= 5) return w.slice(LAM_ARTICLE.length);
  if (w.length >= 5 && PREP.has(w[0]!) && w.startsWith(ARTICLE, 1)) return w.slice(1 + ARTICLE.length);
  if (w.startsWith(ARTICLE) && w.length >= 4) return w.slice(ARTICLE.length);
  return w;
}
