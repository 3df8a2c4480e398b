/**
 * Days of the week and month names, in English and Arabic (Egyptian/Gulf month names and the Levantine
 * Syriac ones), as `date:` anchor keys. Dates survive translation as reliably as numbers do.
 */

const EN: ReadonlyArray<[string, string]> = [
  ['sunday', 'd0'], ['monday', 'd1'], ['tuesday', 'd2'], ['wednesday', 'd3'], ['thursday', 'd4'], ['friday', 'd5'], ['saturday', 'd6'],
  ['january', 'm1'], ['february', 'm2'], ['march', 'm3'], ['april', 'm4'], ['may', 'm5'], ['june', 'm6'], ['july', 'm7'],
  ['august', 'm8'], ['september', 'm9'], ['october', 'm10'], ['november', 'm11'], ['december', 'm12'],
];

/** Arabic forms without the article or diacritics; hamza variants listed where both spellings are common. */
const AR: ReadonlyArray<[string, string]> = [
  ['أحد', 'd0'], ['احد', 'd0'], ['اثنين', 'd1'], ['إثنين', 'd1'], ['ثلاثاء', 'd2'], ['أربعاء', 'd3'], ['اربعاء', 'd3'], ['خميس', 'd4'],
  ['جمعة', 'd5'], ['سبت', 'd6'],
  ['يناير', 'm1'], ['فبراير', 'm2'], ['مارس', 'm3'], ['أبريل', 'm4'], ['ابريل', 'm4'], ['إبريل', 'm4'], ['مايو', 'm5'], ['يونيو', 'm6'],
  ['يونيه', 'm6'], ['يوليو', 'm7'], ['يوليه', 'm7'], ['أغسطس', 'm8'], ['اغسطس', 'm8'], ['سبتمبر', 'm9'], ['أكتوبر', 'm10'],
  ['اكتوبر', 'm10'], ['نوفمبر', 'm11'], ['ديسمبر', 'm12'],
  ['شباط', 'm2'], ['آذار', 'm3'], ['اذار', 'm3'], ['نيسان', 'm4'], ['أيار', 'm5'], ['ايار', 'm5'], ['حزيران', 'm6'], ['تموز', 'm7'],
  ['آب', 'm8'], ['أيلول', 'm9'], ['ايلول', 'm9'],
];

/** Two-word Levantine months: `كانون الثاني` (January) and friends, keyed by their second word. */
const AR_PAIRED: ReadonlyArray<[RegExp, string]> = [
  [/كانون\s+(?:ال)?ثاني/u, 'm1'], [/تشرين\s+(?:ال)?أول|تشرين\s+(?:ال)?اول/u, 'm10'], [/تشرين\s+(?:ال)?ثاني/u, 'm11'], [/كانون\s+(?:ال)?أول|كانون\s+(?:ال)?اول/u, 'm12'],
];

const EN_MAP = new Map(EN);
const AR_MAP = new Map(AR);
const AR_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

/** `date:` keys of an English sentence. `May` counts only when capitalised (the verb is `may`). */
export function englishDateKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    const k = EN_MAP.get(m[0].toLowerCase());
    if (k) keys.push(`date:${k}`);
  }
  return keys;
}

/** One pass over the sentence: a date word, optionally after و ف ب ل and the article, as a whole word. */
const AR_WORDS = new RegExp(
  `(?<![\\u0621-\\u064A])(?:[وفبل]{0,2}(?:ال)?)(${[...AR_MAP.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\u0621-\\u064A])`,
  'gu',
);

/** `date:` keys of an Arabic sentence; words may carry و ف ب ل and the article ال. */
export function arabicDateKeys(text: string): string[] {
  const keys: string[] = [];
  const plain = text.replace(AR_MARKS, '');
  for (const [re, k] of AR_PAIRED) if (re.test(plain)) keys.push(`date:${k}`);
  for (const m of plain.matchAll(AR_WORDS)) keys.push(`date:${AR_MAP.get(m[1]!)!}`);
  return keys;
}
