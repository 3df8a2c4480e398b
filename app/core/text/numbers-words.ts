/**
 * Number words as data: Arabic and English cardinals, hundreds and scale words, with their values.
 *
 * Arabic entries are written as a reader would spell them; numbers.ts normalises them with the same rules
 * as the text (hamza seats, alef forms, ى, and ة folded to ه so both spellings of a final ة are read).
 */

/** What a number word contributes to the number it is part of. */
export type NumberWord =
  /**
   * A unit or ten, added to the running group (خمسة, عشرون, twenty); `ordinal` for "twentieth". `afterTens`:
   * an English ordinal unit that counts only after a tens word (twenty-first), since "first" alone is rarely a
   * number in a translation of an Arabic text.
   */
  | { kind: 'add'; value: number; ordinal?: boolean; afterTens?: boolean }
  /**
   * أحد/إحدى/اثنا: a unit that only counts in front of عشر/عشرة (أحد عشر = 11); with `ordinal`, the ordinal
   * unit of an ordinal teen (الحادي عشر = 11th, الخامسة عشرة = 15th), which alone is no number we read.
   */
  | { kind: 'teen-unit'; value: number; ordinal?: boolean }
  /** عشر/عشرة: ten on its own, or +10 right after a unit (ثلاثة عشر = 13). */
  | { kind: 'ten'; value: 10 }
  /** A hundred word: مئة (×100 after a unit: ثلاث مئة = 300), مئتان = 200, ثلاثمئة = 300. */
  | { kind: 'hundred'; value: number }
  /** A scale word: ألف, مليون, مليار, thousand, million. `dual` words count two (ألفين = 2000); `plural` ones need a count. */
  | { kind: 'scale'; value: number; dual?: boolean; plural?: boolean }
  /** نصف after a scale word: مليون ونصف = 1,500,000. */
  | { kind: 'half' };

const add = (value: number): NumberWord => ({ kind: 'add', value });

/** Arabic number words. Feminine and masculine forms, nominative and oblique cases. */
export const ARABIC_NUMBER_WORDS: ReadonlyArray<readonly [string, NumberWord]> = [
  ['واحد', add(1)], ['واحدة', add(1)],
  ['أحد', { kind: 'teen-unit', value: 1 }], ['إحدى', { kind: 'teen-unit', value: 1 }],
  ['اثنان', add(2)], ['اثنين', add(2)], ['اثنتان', add(2)], ['اثنتين', add(2)],
  ['اثنا', { kind: 'teen-unit', value: 2 }], ['اثني', { kind: 'teen-unit', value: 2 }],
  ['اثنتا', { kind: 'teen-unit', value: 2 }], ['اثنتي', { kind: 'teen-unit', value: 2 }],
  ['ثلاث', add(3)], ['ثلاثة', add(3)],
  ['أربع', add(4)], ['أربعة', add(4)],
  ['خمس', add(5)], ['خمسة', add(5)],
  ['ست', add(6)], ['ستة', add(6)],
  ['سبع', add(7)], ['سبعة', add(7)],
  ['ثمان', add(8)], ['ثماني', add(8)], ['ثمانية', add(8)],
  ['تسع', add(9)], ['تسعة', add(9)],
  ['عشر', { kind: 'ten', value: 10 }], ['عشرة', { kind: 'ten', value: 10 }],
  ['عشرون', add(20)], ['عشرين', add(20)],
  ['ثلاثون', add(30)], ['ثلاثين', add(30)],
  ['أربعون', add(40)], ['أربعين', add(40)],
  ['خمسون', add(50)], ['خمسين', add(50)],
  ['ستون', add(60)], ['ستين', add(60)],
  ['سبعون', add(70)], ['سبعين', add(70)],
  ['ثمانون', add(80)], ['ثمانين', add(80)],
  ['تسعون', add(90)], ['تسعين', add(90)],
  ['مئة', { kind: 'hundred', value: 100 }], ['مائة', { kind: 'hundred', value: 100 }],
  ['مئتان', { kind: 'hundred', value: 200 }], ['مئتين', { kind: 'hundred', value: 200 }], ['مئتا', { kind: 'hundred', value: 200 }],
  ['مائتان', { kind: 'hundred', value: 200 }], ['مائتين', { kind: 'hundred', value: 200 }], ['مائتا', { kind: 'hundred', value: 200 }],
  ...['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((u, i): [string, NumberWord][] => [
    [`${u}مئة`, { kind: 'hundred', value: (i + 3) * 100 }],
    [`${u}مائة`, { kind: 'hundred', value: (i + 3) * 100 }],
  ]),
  ['ألف', { kind: 'scale', value: 1e3 }], ['ألفا', { kind: 'scale', value: 1e3 }],
  ['ألفان', { kind: 'scale', value: 1e3, dual: true }], ['ألفين', { kind: 'scale', value: 1e3, dual: true }],
  ['آلاف', { kind: 'scale', value: 1e3, plural: true }],
  ['مليون', { kind: 'scale', value: 1e6 }], ['مليونا', { kind: 'scale', value: 1e6 }],
  ['مليونان', { kind: 'scale', value: 1e6, dual: true }], ['مليونين', { kind: 'scale', value: 1e6, dual: true }],
  ['ملايين', { kind: 'scale', value: 1e6, plural: true }],
  ['مليار', { kind: 'scale', value: 1e9 }], ['مليارا', { kind: 'scale', value: 1e9 }],
  ['ملياران', { kind: 'scale', value: 1e9, dual: true }], ['مليارين', { kind: 'scale', value: 1e9, dual: true }],
  ['مليارات', { kind: 'scale', value: 1e9, plural: true }],
  ['بليون', { kind: 'scale', value: 1e9 }], ['بلايين', { kind: 'scale', value: 1e9, plural: true }],
  ['نصف', { kind: 'half' }],
  // Ordinal units, masculine and feminine, with and without the article: they count only in an ordinal
  // teen (الحادي عشر, الثالثة عشرة), and once meant nothing, so عشر after them was read as 10.
  ...[['حادي', 'حادية'], ['ثاني', 'ثانية'], ['ثالث', 'ثالثة'], ['رابع', 'رابعة'], ['خامس', 'خامسة'], ['سادس', 'سادسة'], ['سابع', 'سابعة'], ['ثامن', 'ثامنة'], ['تاسع', 'تاسعة']]
    .flatMap((forms, i) => forms.flatMap((f): [string, NumberWord][] => [f, `ال${f}`].map((w) => [w, { kind: 'teen-unit', value: i + 1, ordinal: true }]))),
];

/** Arabic values that may carry the article as a number (السنوات الثلاث = the three years). */
export const ARABIC_DEFINITE_OK: ReadonlySet<number> = new Set([3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90]);

/**
 * English number words: cardinals, and as ordinals the teens (الخامس عشر = the fifteenth) and the tens (القرن
 * العشرين reads as "the twentieth century").
 */
export const ENGLISH_NUMBER_WORDS: ReadonlyArray<readonly [string, NumberWord]> = [
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i): [string, NumberWord] => [w, add(i)]),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].flatMap((w, i): [string, NumberWord][] => [
    [w, add((i + 2) * 10)],
    [w.replace(/y$/, 'ieth'), { kind: 'add', value: (i + 2) * 10, ordinal: true }],
  ]),
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
    .map((w, i): [string, NumberWord] => [w, { kind: 'add', value: i + 1, ordinal: true, afterTens: true }]),
  ...['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']
    .map((w, i): [string, NumberWord] => [w, { kind: 'add', value: i + 11, ordinal: true }]),
  ['hundred', { kind: 'hundred', value: 100 }],
  ['thousand', { kind: 'scale', value: 1e3 }],
  ['million', { kind: 'scale', value: 1e6 }],
  ['billion', { kind: 'scale', value: 1e9 }],
  ['bn', { kind: 'scale', value: 1e9 }],
  ['trillion', { kind: 'scale', value: 1e12 }],
  ['thousands', { kind: 'scale', value: 1e3, plural: true }],
  ['millions', { kind: 'scale', value: 1e6, plural: true }],
  ['billions', { kind: 'scale', value: 1e9, plural: true }],
];
