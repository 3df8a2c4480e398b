import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits } from '../../../../app/core/text/numbers';

const values = (text: string, lang: 'ar' | 'en'): number[] => findNumbers(text, lang).map((m) => m.value);

describe('findNumbers: Arabic phrases and their values', () => {
  const table: [string, string, number][] = [
    ['hundreds + units + tens + million', 'أربعمئة وخمسة وعشرون مليون', 425_000_000],
    ['the same with a damma on the mim', 'أربعمئة وخمسة وعشرون مَليون', 425_000_000],
    ['dual thousand + hundreds + tens (oblique)', 'ألفين وستمئة وثمانين', 2680],
    ['digits + thousand with tanwin alef', '15 ألفاً', 15_000],
    ['digits + thousand spelled without hamza', '15 الفاً', 15_000],
    ['tens, oblique', 'عشرين', 20],
    ['tens, nominative', 'عشرون', 20],
    ['unit, feminine form', 'ثلاث', 3],
    ['unit, masculine form', 'ثلاثة', 3],
    ['Arabic-Indic digits', '١٧', 17],
    ['Arabic-Indic with ٬ thousands and ٫ decimal', '٢٬٥٠٠٫٧٥', 2500.75],
    ['Persian digits', '۲۵', 25],
    ['teen: unit + عشر', 'ثلاثة عشر', 13],
    ['teen: أحد عشر = 11', 'أحد عشر', 11],
    ['teen: اثنا عشر = 12', 'اثنا عشر', 12],
    ['hundred written separately: ثلاث مئة', 'ثلاث مئة وخمسة', 305],
    ['مائة spelling', 'ثلاثمائة', 300],
    ['dual hundred', 'مئتين', 200],
    ['plural thousands with a count', 'ثلاثة آلاف', 3000],
    ['million and a half', 'مليون ونصف', 1_500_000],
    ['millions with a count and a half', 'ثلاثة ملايين ونصف', 3_500_000],
    ['billion (مليار)', 'مليار', 1e9],
    ['dual million', 'مليونين', 2_000_000],
    ['million + thousands + hundreds', 'مليون وخمسمئة ألف', 1_500_000],
    ['hundred + teen', 'مئة وخمسة عشر', 115],
    ['digits with a decimal point and a scale word', '2.5 مليار', 2_500_000_000],
    ['definite unit (السنوات الثلاث)', 'السنوات الثلاث', 3],
    ['definite tens (القرن العشرين)', 'القرن العشرين', 20],
    ['preposition on the number (بخمسة)', 'بخمسة', 5],
    ['a thousand joined by و after a million', 'مليون وألف', 1_001_000],
    ['و + أحد عشر inside a phrase is "and eleven", not واحد', 'مئتان وأحد عشر', 211],
    ['teen, feminine: خمس عشرة = 15', 'خمس عشرة', 15],
    ['teen, feminine: إحدى عشرة = 11', 'إحدى عشرة', 11],
    ['teen, feminine oblique: اثنتي عشرة = 12', 'اثنتي عشرة', 12],
    ['teen, oblique: اثني عشر = 12', 'اثني عشر', 12],
    ['teen with harakat: خَمْسَةَ عَشَرَ = 15', 'خَمْسَةَ عَشَرَ', 15],
    ['teen: تسعة عشر = 19', 'تسعة عشر', 19],
    ['definite cardinal teen: الأحد عشر (لاعباً) = 11', 'الأحد عشر لاعباً', 11],
    ['definite cardinal teen: الاثنا عشر = 12', 'الاثنا عشر', 12],
    ['definite cardinal teen: الخمسة عشر = 15', 'الخمسة عشر', 15],
    ['teen + thousand: ستة عشر ألفاً', 'ستة عشر ألفاً', 16_000],
    ['ordinal teen: الحادي عشر = 11th', 'الحادي عشر', 11],
    ['ordinal teen: الثاني عشر = 12th', 'الثاني عشر', 12],
    ['ordinal teen: الثالث عشر = 13th', 'الثالث عشر', 13],
    ['ordinal teen inside a sentence: في الخامس عشر من الشهر', 'في الخامس عشر من الشهر', 15],
    ['ordinal teen, feminine: الحادية عشرة = 11th', 'الحادية عشرة', 11],
    ['ordinal teen, feminine: الساعة الثانية عشرة = 12 o\'clock', 'الساعة الثانية عشرة', 12],
    ['ordinal teen, feminine: السادسة عشرة = 16th', 'السادسة عشرة', 16],
    ['ordinal teen without the article: تاسع عشر = 19th', 'تاسع عشر', 19],
    ['ordinal teen after a preposition: بالثامن عشر', 'بالثامن عشر', 18],
    ['ordinal teen, ة typed as ه: الرابعه عشره', 'الرابعه عشره', 14],
    ['ordinal with tens: الحادي والعشرين = 21st', 'في الحادي والعشرين من يناير', 21],
    ['ordinal with tens, feminine: الذكرى الثانية والثلاثين = 32nd', 'الذكرى الثانية والثلاثين', 32],
    ['ordinal with tens, nominative: الخامس والعشرون = 25th', 'الخامس والعشرون', 25],
    ['ordinal with tens, no article on the unit: ثالث والعشرين = 23rd', 'ثالث والعشرين', 23],
  ];
  for (const [name, text, value] of table) {
    it(`${name}: ${text} = ${value}`, () => expect(values(text, 'ar')).toEqual([value]));
  }
});

describe('findNumbers: Arabic words that are not numbers', () => {
  it('الاثنين is Monday, not two', () => expect(values('يوم الاثنين', 'ar')).toEqual([]));
  it('أحد alone is "one of", not a number', () => expect(values('أحد الأشخاص', 'ar')).toEqual([]));
  it('آلاف alone is a vague "thousands"', () => expect(values('آلاف الناس', 'ar')).toEqual([]));
  it('لست is "I am not", not ل + ست', () => expect(values('لست متأكدا', 'ar')).toEqual([]));
  it('في المئة is percent, not a hundred', () => expect(values('10 في المئة', 'ar')).toEqual([10]));
  it('الثلاثاء is Tuesday, not three', () => expect(values('الثلاثاء', 'ar')).toEqual([]));
  it('الأحد is Sunday, not one', () => expect(values('يوم الأحد', 'ar')).toEqual([]));
  it('an ordinal unit alone is no number (الجيل الثاني, 30 ثانية, ميدان رابعة)', () => {
    expect(values('الجيل الثاني', 'ar')).toEqual([]);
    expect(values('بعد 30 ثانية', 'ar')).toEqual([30]);
    expect(values('ميدان رابعة', 'ar')).toEqual([]);
  });
  it('an ordinal teen does not continue a cardinal: مئة والخامس عشر is 100, then the 15th (not 115)', () => {
    expect(values('مئة والخامس عشر', 'ar')).toEqual([100, 15]);
  });
});

describe('findNumbers: Arabic sentences', () => {
  it('finds each number once with its surface and offsets', () => {
    const s = 'بـ 15 الفاً قادمين من 80 بلدا';
    const ms = findNumbers(s, 'ar');
    expect(ms.map((m) => [m.value, m.text])).toEqual([[15000, '15 الفاً'], [80, '80']]);
    for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.text);
  });
  it('two numbers side by side without و are two numbers', () => {
    expect(values('ثلاث أربع', 'ar')).toEqual([3, 4]);
  });
  it('marks spelled-out numbers', () => {
    expect(findNumbers('عشرين دولة و 17 دولة', 'ar').map((m) => m.spelled)).toEqual([true, false]);
  });
});

describe('findNumbers: English', () => {
  const table: [string, string, number][] = [
    ['hyphenated tens and unit', 'twenty-five', 25],
    ['tens and unit with a space', 'twenty three', 23],
    ['decimal + million', '3.5 million', 3_500_000],
    ['thousands separator', '1,200', 1200],
    ['long phrase with and', 'two hundred and thirty-five thousand four hundred', 235_400],
    ['"a million"', 'a million', 1_000_000],
    ['abbreviated billion', '5bn', 5e9],
    ['ordinal with digits', '20th', 20],
    ['ordinal tens word', 'twentieth', 20],
    ['a year before a full stop', '2015.', 2015],
    ['unit word', 'three', 3],
    ['ordinal teen word', 'fifteenth', 15],
    ['ordinal teen word, capitalised', 'Eleventh', 11],
  ];
  for (const [name, text, value] of table) {
    it(`${name}: "${text}" = ${value}`, () => expect(values(text, 'en')).toEqual([value]));
  }
  it('"thousands" alone is vague', () => expect(values('thousands of people', 'en')).toEqual([]));
  it('"a" alone is not one', () => expect(values('a man', 'en')).toEqual([]));
  it('a decade (1990s) is read as its year', () => expect(values('the 1990s', 'en')).toEqual([1990]));
  it('a list "1, 2" is two numbers, not one thousand-grouped number', () => expect(values('1, 2', 'en')).toEqual([1, 2]));
});

describe('parseDigits', () => {
  it('reads mixed separators', () => {
    expect(parseDigits('1,234.5')).toBe(1234.5);
    expect(parseDigits('١٬٠٠٠')).toBe(1000);
  });
});

describe('findNumbers: dates and ordinals', () => {
  it('an all-digit date gives its parts, marked as date parts (not 20.1 as a decimal)', () => {
    const ms = findNumbers('في 20.1.2015 وفي ٢٠/١/٢٠١٥', 'ar');
    expect(ms.map((m) => [m.value, m.datePart])).toEqual([[20, true], [1, true], [2015, true], [20, true], [1, true], [2015, true]]);
    expect(ms.map((m) => m.text)).toEqual(['20', '1', '2015', '٢٠', '١', '٢٠١٥']);
  });
  it('an ISO date', () => expect(values('2015-01-20', 'en')).toEqual([2015, 1, 20]));
  it('ordinals are marked (20th, twentieth) and do not join a scale word', () => {
    expect(findNumbers('the 20th century', 'en').map((m) => [m.value, m.ordinal])).toEqual([[20, true]]);
    expect(findNumbers('the twentieth', 'en').map((m) => [m.value, m.ordinal])).toEqual([[20, true]]);
    expect(findNumbers('twenty', 'en')[0]?.ordinal).toBeUndefined();
  });
  it('Arabic ordinal teens are marked ordinal; cardinal teens are not', () => {
    const marks = (t: string): [number, boolean][] => findNumbers(t, 'ar').map((m) => [m.value, m.ordinal === true]);
    expect(marks('القرن الحادي عشر')).toEqual([[11, true]]);
    expect(marks('المرة الخامسة عشرة')).toEqual([[15, true]]);
    expect(marks('خمسة عشر يوماً')).toEqual([[15, false]]);
    expect(marks('الأحد عشر لاعباً')).toEqual([[11, false]]);
    expect(findNumbers('the fifteenth', 'en').map((m) => [m.value, m.ordinal])).toEqual([[15, true]]);
  });
  it('an ordinal with its tens is one ordinal number, in Arabic and in English', () => {
    const marks = (t: string, l: 'ar' | 'en'): [number, boolean][] => findNumbers(t, l).map((m) => [m.value, m.ordinal === true]);
    expect(marks('اليوم الحادي والعشرين', 'ar')).toEqual([[21, true]]);
    expect(marks('the twenty-first day, the thirty third', 'en')).toEqual([[21, true], [33, true]]);
  });
  it('an English ordinal unit alone is no number ("the first meeting"), as الأول is none in Arabic', () => {
    expect(findNumbers('the first meeting on the second day', 'en')).toEqual([]);
    expect(findNumbers('الاجتماع الأول', 'ar')).toEqual([]);
  });
  it('tens with the article continue a definite compound (الخمسة والعشرين يوماً = 25)', () => {
    expect(values('الخمسة والعشرين يوماً', 'ar')).toEqual([25]);
    expect(values('الحادي والعشرين', 'ar')).toEqual([21]);
  });
});
