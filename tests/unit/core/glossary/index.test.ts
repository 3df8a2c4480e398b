import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import type { GlossaryEntry } from '../../../../app/core/project/model';

const entry = (id: string, source: string, targets: string[], forbidden: string[] = [], caseSensitive?: boolean): GlossaryEntry => ({
  id, source, targets, forbidden, ...(caseSensitive === undefined ? {} : { caseSensitive }),
});

const surfaces = (idx: GlossaryIndex, text: string): string[] => idx.matchSource(text).map((m) => m.surface);

describe('GlossaryIndex.matchSource: clitics and spelling', () => {
  const idx = new GlossaryIndex([entry('coal', 'ائتلاف', ['coalition'])]);
  it('والإئتلاف / الائتلاف / للإئتلاف / الإئتلاف all match ائتلاف', () => {
    expect(surfaces(idx, 'والإئتلاف الدولي')).toEqual(['والإئتلاف']);
    expect(surfaces(idx, 'وكان الائتلاف عقد')).toEqual(['الائتلاف']);
    expect(surfaces(idx, 'اجتماع للإئتلاف الدولي')).toEqual(['للإئتلاف']);
    expect(surfaces(idx, 'يعقد الإئتلاف ضد')).toEqual(['الإئتلاف']);
  });
  it('with harakat on the text', () => expect(surfaces(idx, 'الائْتِلافُ')).toEqual(['الائْتِلافُ']));
  it('with a pronoun suffix (ائتلافها) and a plural (ائتلافات)', () => {
    expect(surfaces(idx, 'ائتلافها')).toEqual(['ائتلافها']);
    expect(surfaces(idx, 'ائتلافات')).toEqual(['ائتلافات']);
  });
  it('reports the offsets of the whole word in the original text', () => {
    const text = 'اجتماع للإئتلاف الدولي';
    const [m] = idx.matchSource(text);
    expect(m).toEqual({ entryId: 'coal', start: 7, end: 15, surface: 'للإئتلاف' });
    expect(text.slice(m!.start, m!.end)).toBe('للإئتلاف');
  });
});

describe('GlossaryIndex.matchSource: traps', () => {
  it('the name فالس matches the term فالس, and is not read as ف + الس', () => {
    const idx = new GlossaryIndex([entry('valls', 'فالس', ['Valls']), entry('trap', 'الس', ['x']), entry('s', 'س', ['y'])]);
    expect(idx.matchSource('وأوضح فالس أن').map((m) => m.entryId)).toEqual(['valls']);
  });
  it('الأجانب alone is not the term المقاتلين الأجانب', () => {
    const idx = new GlossaryIndex([entry('ff', 'المقاتلين الأجانب', ['foreign fighters'])]);
    expect(surfaces(idx, 'طرد الأجانب من البلاد')).toEqual([]);
    expect(surfaces(idx, 'عدد المقاتلين الذين انضموا')).toEqual([]);
    expect(surfaces(idx, 'على المقاتلين الاجانب')).toEqual(['المقاتلين الاجانب']);
  });
  it('punctuation glued to a word does not hide it (تنظيم"داعش")', () => {
    const idx = new GlossaryIndex([entry('isis', 'داعش', ['ISIS'])]);
    expect(surfaces(idx, 'ضد تنظيم"داعش" يعقد')).toEqual(['داعش']);
  });
  it('a multi-word term does not match across punctuation', () => {
    const idx = new GlossaryIndex([entry('jk', 'جون كيري', ['John Kerry'])]);
    expect(surfaces(idx, 'جون. كيري')).toEqual([]);
  });
  it('conjunctions attach only to the first word of a multi-word term', () => {
    const idx = new GlossaryIndex([entry('hr', 'حقوق الإنسان', ['human rights'])]);
    expect(surfaces(idx, 'وحقوق الإنسان')).toEqual(['وحقوق الإنسان']);
    expect(surfaces(idx, 'حقوق والإنسان')).toEqual([]);
  });
});

describe('GlossaryIndex.matchSource: multi-word terms across variations', () => {
  const idx = new GlossaryIndex([
    entry('fj', 'الجهاديين الأجانب', ['foreign jihadists']),
    entry('j', 'الجهاديين', ['jihadists']),
    entry('state', 'دولة', ['state']),
  ]);
  it('prefers the longest term (الجهاديين الأجانب over الجهاديين)', () => {
    expect(idx.matchSource('خطر الجهاديين الأجانب').map((m) => m.entryId)).toEqual(['fj']);
    expect(idx.matchSource('أنفسهم "الجهاديين"').map((m) => m.entryId)).toEqual(['j']);
  });
  it('each word takes its own clitics (للجهاديين الأجانب, والجهاديون الأجانب)', () => {
    expect(surfaces(idx, 'للجهاديين الأجانب')).toEqual(['للجهاديين الأجانب']);
    expect(surfaces(idx, 'والجهاديون الأجانب')).toEqual(['والجهاديون الأجانب']);
  });
  it('a term written with the article matches the indefinite form (جهاديين أجانب)', () => {
    expect(surfaces(idx, 'جهاديين أجانب')).toEqual(['جهاديين أجانب']);
  });
  it('ة and ه are the same letter at the end of a word (دوله)', () => {
    expect(surfaces(idx, 'الدوله والدولتين')).toEqual(['الدوله', 'والدولتين']);
  });
});

describe('GlossaryIndex.matchTarget', () => {
  const idx = new GlossaryIndex([
    entry('isis', 'داعش', ['ISIS', 'Daesh'], ['IS'], true),
    entry('coal', 'ائتلاف', ['coalition']),
    entry('fj', 'الجهاديين الأجانب', ['foreign jihadists']),
    entry('aq', 'القاعدة', ['al-Qaeda']),
  ]);
  it('is case-insensitive by default and reads possessives and plurals (coalition\'s, Coalitions)', () => {
    expect(idx.matchTarget("The Coalition's plan; two coalitions").map((m) => m.surface)).toEqual(["Coalition's", 'coalitions']);
  });
  it('respects case for a case-sensitive entry (IS is forbidden, "is" is a verb)', () => {
    const ms = idx.matchTarget('IS is not ISIS');
    expect(ms.map((m) => [m.surface, m.forbidden])).toEqual([['IS', true], ['ISIS', false]]);
  });
  it('plural and hyphen variants of a multi-word translation (foreign-jihadists\')', () => {
    expect(idx.matchTarget("the foreign-jihadists' return").map((m) => m.translation)).toEqual(['foreign jihadists']);
  });
  it('hyphen, space and joined variants (al-Qaeda, al Qaeda, AlQaeda)', () => {
    expect(idx.matchTarget('al Qaeda, al-Qaeda and AlQaeda').map((m) => m.surface)).toEqual(['al Qaeda', 'al-Qaeda', 'AlQaeda']);
  });
  it('names the translation matched and whether it is forbidden', () => {
    expect(idx.matchTarget('Daesh')).toEqual([{ entryId: 'isis', translation: 'Daesh', forbidden: false, start: 0, end: 5, surface: 'Daesh' }]);
  });
});

describe('GlossaryIndex on the seed article', () => {
  const text = readFileSync(fileURLToPath(new URL('../../../fixtures/glossary/seed-article.ar.txt', import.meta.url)), 'utf8');
  const terms: [string, string][] = [
    ['داعش', 'ISIS'], ['ائتلاف', 'coalition'], ['الجهاديين الأجانب', 'foreign jihadists'], ['المقاتلين الأجانب', 'foreign fighters'],
    ['مانويل فالس', 'Manuel Valls'], ['فالس', 'Valls'], ['جون كيري', 'John Kerry'], ['فيليب هاموند', 'Philip Hammond'],
    ['باراك أوباما', 'Barack Obama'], ['لندن', 'London'], ['بروكسل', 'Brussels'], ['فرنسا', 'France'], ['باريس', 'Paris'],
  ];
  const idx = new GlossaryIndex(terms.map(([s, t], i) => entry(`t${i}`, s, [t])));
  const found = idx.matchSource(text);
  const of = (term: string): string[] => {
    const id = `t${terms.findIndex(([s]) => s === term)}`;
    return found.filter((m) => m.entryId === id).map((m) => m.surface);
  };
  it('finds every داعش, including تنظيم"داعش"', () => {
    expect(of('داعش')).toEqual(['داعش', 'داعش', 'داعش', 'داعش']);
    expect(text.split('داعش').length - 1).toBe(4);
  });
  it('finds every spelling of the coalition', () => {
    expect(of('ائتلاف')).toEqual(['للإئتلاف', 'والإئتلاف', 'الإئتلاف', 'الائتلاف', 'الائتلاف']);
  });
  it('finds the people, with مانويل فالس taking precedence over فالس', () => {
    expect(of('مانويل فالس')).toHaveLength(2);
    expect(of('فالس')).toEqual(['فالس']);
    expect(of('جون كيري')).toHaveLength(2);
    expect(of('فيليب هاموند')).toEqual(['فيليب هاموند']);
    expect(of('باراك أوباما')).toEqual(['باراك أوباما']);
  });
  it('finds places, including بروكسل glued to the next sentence', () => {
    expect(of('لندن')).toHaveLength(3);
    expect(of('بروكسل')).toEqual(['بروكسل']);
    expect(of('فرنسا')).toHaveLength(2);
    expect(of('باريس')).toEqual(['باريس']);
  });
  it('finds both multi-word fighter terms but not الجهاديين alone', () => {
    expect(of('الجهاديين الأجانب')).toEqual(['الجهاديين الأجانب', 'الجهاديين الأجانب']);
    expect(of('المقاتلين الأجانب')).toEqual(['المقاتلين الأجانب', 'المقاتلين الاجانب']);
  });
  it('every surface is the text at its offsets', () => {
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('GlossaryIndex.matchSource: more clitic cases', () => {
  const idx = new GlossaryIndex([
    entry('lb', 'لبنان', ['Lebanon']), entry('milk', 'لبن', ['milk']), entry('uk', 'بريطانيا', ['Britain']),
    entry('kirkuk', 'كركوك', ['Kirkuk']), entry('terror', 'إرهابي', ['terrorist']), entry('city', 'مدين', ['debtor']),
    entry('un', 'الأمم المتحدة', ['United Nations']),
  ]);
  const ids = (text: string): string[] => idx.matchSource(text).map((m) => m.entryId);
  it('a name starting with ل takes the preposition ل (للبنان)', () => expect(ids('للبنان')).toEqual(['lb']));
  it('لبنان is Lebanon, never milk', () => expect(ids('في لبنان ولبنان')).toEqual(['lb', 'lb']));
  it('a name starting with ب or ك keeps its letter (بريطانيا, كركوك) and takes particles (وبريطانيا, بكركوك)', () => {
    expect(ids('بريطانيا وبريطانيا كركوك بكركوك')).toEqual(['uk', 'uk', 'kirkuk', 'kirkuk']);
  });
  it('an adjective agrees in gender (الجماعات الإرهابية → إرهابي)', () => expect(ids('الجماعات الإرهابية')).toEqual(['terror']));
  it('مدينة is not the term مدين', () => expect(ids('في المدينة')).toEqual([]));
  it('a two-word name with لل on its first word (للأمم المتحدة)', () => expect(ids('للأمم المتحدة')).toEqual(['un']));
});

describe('GlossaryIndex: digits and abbreviations', () => {
  const idx = new GlossaryIndex([
    entry('res', 'قرار ٢٢٤٩', ['Resolution 2249']),
    entry('us', 'الولايات المتحدة', ['U.S.', 'United States']),
  ]);
  it('Arabic-Indic digits in a term match Western digits in the text (قرار ٢٢٤٩ = القرار 2249)', () => {
    expect(idx.matchSource('وفق القرار 2249').map((m) => m.surface)).toEqual(['القرار 2249']);
  });
  it('a dotted abbreviation is one word (U.S.), and the pronoun "us" is not it', () => {
    expect(idx.matchTarget('The U.S. told us').map((m) => m.surface)).toEqual(['U.S.']);
    expect(idx.matchTarget('the United States and the US')).toHaveLength(1);
  });
});

describe('GlossaryIndex: invisible characters in the Arabic', () => {
  it('a zero-width non-joiner or a direction mark inside or after a word does not hide the term', () => {
    const idx = new GlossaryIndex([entry('isis', 'داعش', ['ISIS'])]);
    expect(idx.matchSource('تنظيم دا\u200cعش\u200f اليوم').map((m) => m.surface)).toEqual(['دا\u200cعش']);
  });
});
