/**
 * The spelling normalisation under TM matching and concordance: two spellings a reader takes for the same word
 * get the same form, so "الإئتلاف" and "الائتلاف" match as equal and "مسئول" finds "مسؤول".
 *
 * This is the TM's own small rule set until the shared normaliser in core/text is available; the rules are
 * those that are safe for matching (they lose information a translator would never search by).
 */
import type { Lang } from '../align/types';

// Tashkeel (fathatan … sukun, and the rarer marks after it), superscript alef, Quranic annotation marks, tatweel.
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]/gu;
const LETTER_MAP: Record<string, string> = {
  // Hamza on or under alef, madda and wasla are spelling variants of the same alef.
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  // Alef maqsura and final ya are interchanged in much published text (Egyptian convention).
  'ى': 'ي',
  // Ta marbuta is often written as ha.
  'ة': 'ه',
  // Hamza seats vary between writers (مسئول / مسؤول).
  'ؤ': 'ء', 'ئ': 'ء',
  // Persian/Urdu forms that appear in Arabic text typed on other keyboards.
  'ک': 'ك', 'ی': 'ي',
  // Arabic punctuation matches its Latin twin.
  '،': ',', '؛': ';', '؟': '?', '٪': '%',
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'gu');

/** The form a token is compared by: NFKC (presentation forms to letters), no diacritics or tatweel, unified letters, Western digits, lower case. */
export function matchForm(text: string, lang: Lang): string {
  let s = text.normalize('NFKC');
  if (lang === 'ar' || /[\u0600-\u06ff]/u.test(s)) {
    s = s.replace(ARABIC_MARKS, '').replace(LETTERS, (c) => LETTER_MAP[c] ?? c);
  }
  // Arabic decimal and thousands separators, and the typographic apostrophe, as typed on a Latin keyboard.
  s = s.replace(/[٫٬’]/gu, (c) => (c === '٫' ? '.' : c === '٬' ? ',' : "'"));
  s = s.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
  return s.toLowerCase();
}

/**
 * The stem of a normalised Arabic word with its attached particles removed: the conjunctions و/ف, the
 * prepositions ب/ك/ل when they come with the article, and the article ال (also ل + ال written لل). Words whose remainder would be too short to
 * be a word keep their letters ("ولد" stays, "الم" stays), since a particle is never the whole word.
 * Two words with the same stem differ only by particles: a cheap change for matching.
 */
export function arabicStem(form: string): string {
  let w = form;
  // A wrong cut (وزير → زير) only makes two rare words look related; missing وقال / قال costs every news sentence.
  if (w.length >= 4 && (w.startsWith('و') || w.startsWith('ف'))) w = w.slice(1);
  if (w.startsWith('لل') && w.length >= 5) return w.slice(2);
  if (w.length >= 5 && /^[بكل]ال/u.test(w)) return w.slice(3);
  if (w.startsWith('ال') && w.length >= 4) return w.slice(2);
  // A bare preposition (بقرار) is not removed: too many words begin with these letters (بيان, لبنان, كتاب).
  return w;
}
