/**
 * Seeded random text made of the pieces that trip hand-written scanners: astral letters and digits, lone
 * surrogates, combining marks, joiners, tatweel, Arabic-Indic and Persian digits and separators, dotted
 * abbreviations, apostrophes, hyphens, dates, ordinals and number words in both languages.
 */
import { seeded } from '../../../fixtures/seeded';

const PIECES = [
  'a', 'B', 'z', 'é', 'e\u0301', 'ß', 'İ', '\u212a', 'Σ', 'ς', '𝐀', '𠀀', '𝟎', '\ud800', '\udc00', '\u0301', '\u064b', '\u0640', '\u200c', '\u200d',
  '\u200f', '0', '7', '٣', '۴', '٬', '٫', ',', '.', '/', '-', '\u2010', "'", '’', ' ', '  ', '\u00a0', '\n', 'U.S.', 'th', 'st', 'nd',
  'و', 'ال', 'ب', 'ل', 'ة', 'ه', 'ى', 'أ', 'إ', 'آ', 'ﻻ', 'ﷺ', 'خمسة', 'عشر', 'أحد', 'اثنا', 'ألف', 'آلاف', 'مليون', 'مئة', 'ثلاثمائة', 'ونصف',
  'twenty', 'One', 'HUNDRED', 'thousand', 'and', 'a', 'an', 'million', 'bn', '15', '2015', '1,000', '3.5', '20/1/2015', '20th',
];

/** `count` strings of up to `maxPieces` pieces each. */
export function awkwardTexts(seed: number, count: number, maxPieces = 12): string[] {
  const rnd = seeded(seed);
  return Array.from({ length: count }, () => {
    let s = '';
    const n = 1 + Math.floor(rnd() * maxPieces);
    for (let k = 0; k < n; k++) s += PIECES[Math.floor(rnd() * PIECES.length)];
    return s;
  });
}
