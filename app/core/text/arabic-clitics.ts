/**
 * Arabic clitics as data: the particles that attach to the front of a word and the endings that attach to
 * its back, and an analyser that lists the readings of a written word.
 *
 * All spellings here are in normalised form (see normalize.ts): the analyser works on normalised words.
 * Order of proclitics in Arabic: conjunction (و ف), then preposition (ب ك ل), then the article (ال).
 * ل followed by ال is written لل (ل + الائتلاف → للائتلاف).
 */

/** Conjunctions that attach to the next word: و "and", ف "so, then". */
export const CONJUNCTIONS: readonly string[] = ['و', 'ف'];

/** Prepositions that attach to the next word: ب "with, by, in", ك "like", ل "for, to". */
export const PREPOSITIONS: readonly string[] = ['ب', 'ك', 'ل'];

/** The definite article. */
export const ARTICLE = 'ال';

/** ل + ال as written: the article's alef is dropped after the preposition ل. */
export const LAM_ARTICLE = 'لل';

/** A word ending, and what is left of the word without it. */
export interface SuffixRule {
  suffix: string;
  /** Shortest stem (in letters) left after removing the ending, so short words are not chopped. */
  minStem: number;
  /** The stem takes this ending instead (دولتين → دولة): the ending replaced a final ة. */
  restore?: string;
  /** Only the stem ending in this letter is a reading (the nisba ي: إرهابية → إرهابي, but مدينة is not مدين). */
  stemEndsWith?: string;
  /** The linguistic case, for tests and for the reader. */
  case: string;
}

/** Number and gender endings of nouns and adjectives. */
export const NUMBER_SUFFIXES: readonly SuffixRule[] = [
  { suffix: 'ات', minStem: 3, case: 'plural in ات of a masculine noun (اجتماعات ← اجتماع)' },
  { suffix: 'ات', minStem: 2, restore: 'ة', case: 'sound feminine plural (لغات ← لغة, مبادرات ← مبادرة)' },
  { suffix: 'ون', minStem: 3, case: 'sound masculine plural, nominative (مقاتلون)' },
  { suffix: 'ين', minStem: 3, case: 'sound masculine plural or dual, oblique (مقاتلين)' },
  { suffix: 'ان', minStem: 3, case: 'dual, nominative (مقاتلان)' },
  { suffix: 'تان', minStem: 2, restore: 'ة', case: 'feminine dual, nominative (دولتان ← دولة)' },
  { suffix: 'تين', minStem: 2, restore: 'ة', case: 'feminine dual, oblique (دولتين ← دولة)' },
  { suffix: 'ة', minStem: 3, stemEndsWith: 'ي', case: 'feminine of a nisba adjective (إرهابية ← إرهابي); not مدينة → مدين' },
  { suffix: 'ا', minStem: 3, case: 'accusative tanwin alef once the tanwin is dropped (اجتماعاً ← اجتماع)' },
];

/**
 * Words that look inflected but are not: names (and a few nouns) whose ending is part of the word. Their
 * "stems" are other words (لبنان is not the dual of لبن "milk", البحرين is not بحر "sea" + ين). Normalised,
 * without the article.
 */
export const UNINFLECTED_WORDS: ReadonlySet<string> = new Set([
  'لبنان', 'بحرين', 'سودان', 'يونان', 'يابان', 'ايران', 'عمان', 'زيتون', 'انسان', 'شيطان', 'سلطان', 'عثمان',
  'سليمان', 'رمضان', 'قران', 'فلسطين', 'حسين', 'ياسين', 'امين', 'ميدان', 'بستان', 'عنوان', 'ديوان', 'حيوان',
  // Country names in ا, whose stem would be the adjective (روسيا is not روسي + ا).
  'روسيا', 'سوريا', 'تركيا', 'امريكا', 'اميركا', 'افريقيا', 'اسيا', 'اوروبا', 'بريطانيا', 'المانيا', 'ايطاليا',
  'اسبانيا', 'كندا', 'استراليا', 'ليبيا', 'اثيوبيا', 'كينيا', 'نيجيريا', 'موريتانيا', 'فرنسا', 'هولندا',
]);

/** Possessive and object pronoun endings. A stem left ending in ت may be a ة-word (حكومته ← حكومة). */
export const PRONOUN_SUFFIXES: readonly SuffixRule[] = [
  { suffix: 'ه', minStem: 2, case: 'his' },
  { suffix: 'ها', minStem: 2, case: 'her, its' },
  { suffix: 'هم', minStem: 2, case: 'their (m.)' },
  { suffix: 'هما', minStem: 2, case: 'their (dual)' },
  { suffix: 'هن', minStem: 2, case: 'their (f.)' },
  { suffix: 'ك', minStem: 3, case: 'your (sg.)' },
  { suffix: 'كم', minStem: 2, case: 'your (m. pl.)' },
  { suffix: 'كما', minStem: 2, case: 'your (dual)' },
  { suffix: 'كن', minStem: 2, case: 'your (f. pl.)' },
  // "my" only on a feminine noun (حكومتي ← حكومة): elsewhere a final ي is far more often a nisba adjective
  // (عراقي "Iraqi", not "my Iraq"), and reading it as a pronoun would make the country match its adjective.
  { suffix: 'ي', minStem: 3, stemEndsWith: 'ت', case: 'my (on a feminine noun: حكومتي)' },
  { suffix: 'نا', minStem: 2, case: 'our' },
];

/** Shortest stem left after removing a proclitic or the article. */
export const MIN_STEM = 2;

/** What to strip when analysing a word. */
export interface AnalyseOptions {
  /** Allow conjunctions and prepositions (only the first word of a phrase carries them). Default true. */
  proclitics?: boolean;
  /** The ة-folding used by the normaliser, so restored ة is spelled the same way. Default false. */
  tehMarbutaToHeh?: boolean;
}

/**
 * The bases left after removing front particles: the word itself first. Bases that carry the article or were
 * left by removing it are added to `definite` (they take no pronoun ending).
 */
function prefixReadings(word: string, proclitics: boolean, definite: Set<string>): string[] {
  const out = [word];
  const bases = [word];
  if (proclitics) {
    const afterConj: string[] = [];
    for (const c of CONJUNCTIONS) if (word.startsWith(c)) afterConj.push(word.slice(c.length));
    const afterPrep: string[] = [];
    for (const b of [word, ...afterConj]) {
      for (const p of PREPOSITIONS) if (b.startsWith(p)) afterPrep.push(b.slice(p.length));
      // ل + ال: the stem follows لل directly.
      if (b.startsWith(LAM_ARTICLE) && b.length - LAM_ARTICLE.length >= MIN_STEM) {
        out.push(b.slice(LAM_ARTICLE.length));
        definite.add(b.slice(LAM_ARTICLE.length));
      }
    }
    for (const b of [...afterConj, ...afterPrep]) {
      if (b.length < MIN_STEM) continue;
      // A base that starts with ال after a particle must be the article and a real stem: فالس is not ف + ال + س.
      if (b.startsWith(ARTICLE) && b.length - ARTICLE.length < MIN_STEM) continue;
      bases.push(b);
      out.push(b);
    }
  }
  for (const b of bases) {
    if (b.startsWith(ARTICLE) && b.length - ARTICLE.length >= MIN_STEM) {
      out.push(b.slice(ARTICLE.length));
      definite.add(b).add(b.slice(ARTICLE.length));
    }
  }
  return out;
}

function stripSuffixes(stem: string, rules: readonly SuffixRule[], taMarbuta: string, out: string[]): void {
  if (UNINFLECTED_WORDS.has(stem)) return;
  for (const r of rules) {
    const suffix = taMarbuta === 'ة' ? r.suffix : r.suffix.replaceAll('ة', taMarbuta);
    if (!stem.endsWith(suffix)) continue;
    const base = stem.slice(0, stem.length - suffix.length);
    if (base.length < r.minStem) continue;
    if (r.stemEndsWith !== undefined && !base.endsWith(r.stemEndsWith)) continue;
    out.push(r.restore === undefined ? base : base + (r.restore === 'ة' ? taMarbuta : r.restore));
  }
}

/**
 * Every reading of a normalised word as base + clitics: the word itself, the word without front particles
 * (و ف, ب ك ل, ال, لل) and those bases without a number/gender ending or a pronoun ending. A reading never
 * leaves a stem shorter than the rule allows. The result has no duplicates; the word itself comes first.
 */
export function wordReadings(word: string, options: AnalyseOptions = {}): string[] {
  const taMarbuta = options.tehMarbutaToHeh ? 'ه' : 'ة';
  const out: string[] = [];
  // The article and a pronoun ending never come together (المصري is "the Egyptian", not "the my-Egypt"): a
  // reading with the article, or left by removing it, takes no pronoun ending. والدته still reads as والدة + ه
  // through its reading without an article.
  const definite = new Set<string>();
  const bases = prefixReadings(word, options.proclitics ?? true, definite);
  for (const base of bases) {
    out.push(base);
    if (UNINFLECTED_WORDS.has(base)) continue;
    stripSuffixes(base, NUMBER_SUFFIXES, taMarbuta, out);
    if (definite.has(base)) continue;
    const pron: string[] = [];
    stripSuffixes(base, PRONOUN_SUFFIXES, taMarbuta, pron);
    for (const p of pron) {
      out.push(p);
      if (p.endsWith('ت') && p.length >= 3) out.push(p.slice(0, -1) + taMarbuta);
      // Plural or dual before the pronoun (تشريعاتها ← تشريعات ← تشريع).
      stripSuffixes(p, NUMBER_SUFFIXES.filter((r) => r.suffix !== 'ا' && r.suffix !== 'ة'), taMarbuta, out);
    }
  }
  return [...new Set(out)];
}

/**
 * The key a glossary term's word is indexed under: the normalised word without the article, so the term
 * الجهاديين and the term جهاديين both match الجهاديين, للجهاديين and جهاديين.
 */
export function termWordKey(word: string): string {
  return word.startsWith(ARTICLE) && word.length - ARTICLE.length >= MIN_STEM ? word.slice(ARTICLE.length) : word;
}

/**
 * The spellings a term word also stands for: the other case of a sound masculine plural (ين ↔ ون) and the
 * oblique dual (ان → ين), when the stem before the ending has at least three letters (so الصين is not الصون).
 */
export function termWordVariants(key: string): string[] {
  const out = [key];
  const swap = (from: string, to: string): void => {
    if (key.endsWith(from) && key.length - from.length >= 3) out.push(key.slice(0, -from.length) + to);
  };
  swap('ين', 'ون');
  swap('ون', 'ين');
  swap('ان', 'ين');
  return out;
}
