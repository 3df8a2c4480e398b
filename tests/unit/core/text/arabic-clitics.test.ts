import { describe, expect, it } from 'vitest';
import { termWordKey, termWordVariants, wordReadings } from '../../../../app/core/text/arabic-clitics';
import { arabicTokens } from '../../../../app/core/text/arabic-tokens';
import { normalizeArabic } from '../../../../app/core/text/normalize';

const readings = (w: string, proclitics = true): string[] => wordReadings(normalizeArabic(w), { proclitics });
const n = (w: string): string => normalizeArabic(w);

describe('wordReadings: proclitics', () => {
  it('conjunction و (وفرنسا → فرنسا)', () => expect(readings('وفرنسا')).toContain(n('فرنسا')));
  it('conjunction ف (فلندن → لندن)', () => expect(readings('فلندن')).toContain(n('لندن')));
  it('preposition ب (بروكسل keeps بروكسل, بلندن → لندن)', () => {
    expect(readings('بروكسل')[0]).toBe(n('بروكسل'));
    expect(readings('بلندن')).toContain(n('لندن'));
  });
  it('preposition ك (كدولة → دولة)', () => expect(readings('كدولة')).toContain(n('دولة')));
  it('preposition ل (لفرنسا → فرنسا)', () => expect(readings('لفرنسا')).toContain(n('فرنسا')));
  it('the article ال (الائتلاف → ائتلاف)', () => expect(readings('الائتلاف')).toContain(n('ائتلاف')));
  it('conjunction + article (والإئتلاف → ائتلاف)', () => expect(readings('والإئتلاف')).toContain(n('ائتلاف')));
  it('conjunction + preposition + article (وبالائتلاف → ائتلاف)', () => expect(readings('وبالائتلاف')).toContain(n('ائتلاف')));
  it('ل + ال written لل (للإئتلاف → ائتلاف)', () => expect(readings('للإئتلاف')).toContain(n('ائتلاف')));
  it('no front particles inside a phrase (only the first word carries them)', () => {
    expect(readings('وفرنسا', false)).not.toContain(n('فرنسا'));
    expect(readings('الأجانب', false)).toContain(n('أجانب'));
  });
});

describe('wordReadings: traps', () => {
  it('the name فالس is not ف + ال + س', () => {
    const r = readings('فالس');
    expect(r[0]).toBe('فالس');
    expect(r).not.toContain('س');
    expect(r).not.toContain('الس');
  });
  it('a two-letter word is not stripped to one letter (بل stays بل)', () => {
    expect(readings('بل')).toEqual(['بل']);
  });
});

describe('wordReadings: words that only look inflected', () => {
  it('مدينة (city) is not مدين (debtor) + ة, جامعة is not جامع + ة', () => {
    expect(readings('المدينة')).not.toContain('مدين');
    expect(readings('جامعة')).not.toContain('جامع');
  });
  it('لبنان is not the dual of لبن (milk)', () => expect(readings('لبنان')).not.toContain('لبن'));
  it('البحرين is not بحر (sea) + ين', () => expect(readings('والبحرين')).not.toContain('بحر'));
  it('زيتون (olives) is not زيت (oil) + ون', () => expect(readings('الزيتون')).not.toContain('زيت'));
  it('روسيا (Russia) is not روسي (Russian) + ا', () => expect(readings('لروسيا')).not.toContain('روسي'));
  it('but such a word still takes its front particles (للبنان → لبنان)', () => expect(readings('للبنان')).toContain('لبنان'));
});

describe('wordReadings: suffixes', () => {
  it('sound feminine plural ات (مبادرات → مبادرة)', () => expect(readings('مبادرات')).toContain(n('مبادرة')));
  it('sound masculine plural ون / ين (المقاتلون, المقاتلين → مقاتل)', () => {
    expect(readings('المقاتلون')).toContain('مقاتل');
    expect(readings('المقاتلين')).toContain('مقاتل');
  });
  it('dual ان (مقاتلان → مقاتل) and feminine dual تين (دولتين → دولة)', () => {
    expect(readings('مقاتلان')).toContain('مقاتل');
    expect(readings('دولتين')).toContain(n('دولة'));
  });
  it('feminine ة of a nisba adjective (الإرهابية → إرهابي, الدولية → دولي)', () => {
    expect(readings('الإرهابية')).toContain(n('إرهابي'));
    expect(readings('الدولية')).toContain('دولي');
  });
  it('plural in ات of a masculine noun (اجتماعات → اجتماع) and of a ة-noun (لغات → لغة)', () => {
    expect(readings('اجتماعات')).toContain('اجتماع');
    expect(readings('لغات')).toContain(n('لغة'));
    expect(readings('لغات')).not.toContain('لغ');
  });
  it('accusative tanwin alef (اجتماعاً → اجتماع)', () => expect(readings('اجتماعاً')).toContain('اجتماع'));
  it('pronoun suffixes ه ها هم (حكومته → حكومة, تشريعاتها → تشريع)', () => {
    expect(readings('حكومته')).toContain(n('حكومة'));
    expect(readings('تشريعاتها')).toContain('تشريع');
    expect(readings('قادتهم')).toContain(n('قادة'));
  });
  it('no pronoun reading after the article: المصري (the Egyptian) is not مصر, العراقي not عراق', () => {
    expect(readings('المصري')).not.toContain('مصر');
    expect(readings('والعراقي')).not.toContain('عراق');
    expect(readings('للعراقي')).not.toContain('عراق');
    expect(readings('الحكومي')).not.toContain(n('حكومة'));
    // A word that only looks like و + ال keeps its pronoun reading (والدته: his mother).
    expect(readings('والدته')).toContain(n('والدة'));
  });
  it('a final ي is "my" only on a feminine noun: حكومتي → حكومة, but عراقي is not عراق', () => {
    expect(readings('حكومتي')).toContain(n('حكومة'));
    expect(readings('عراقي')).not.toContain('عراق');
  });
  it('ة folded to ه gives the same readings on both spellings', () => {
    const a = wordReadings(normalizeArabic('دولتين', { tehMarbutaToHeh: true }), { tehMarbutaToHeh: true });
    expect(a).toContain(normalizeArabic('دوله', { tehMarbutaToHeh: true }));
  });
});

describe('termWordKey and termWordVariants', () => {
  it('a term word is keyed without the article', () => {
    expect(termWordKey(n('الجهاديين'))).toBe('جهاديين');
    expect(termWordKey('ال')).toBe('ال');
  });
  it('a sound masculine plural also stands for its other case (ين ↔ ون)', () => {
    expect(termWordVariants('جهاديين')).toContain('جهاديون');
    expect(termWordVariants('مقاتلون')).toContain('مقاتلين');
  });
  it('a short word ending in ين is not a plural (صين does not become صون)', () => {
    expect(termWordVariants('صين')).toEqual(['صين']);
  });
});

describe('arabicTokens', () => {
  it('punctuation glued to a word does not hide it (تنظيم"داعش", بروكسل.واعلن)', () => {
    expect(arabicTokens('تنظيم"داعش"').map((t) => t.text)).toEqual(['تنظيم', 'داعش']);
    expect(arabicTokens('بروكسل.واعلن').map((t) => t.text)).toEqual(['بروكسل', 'واعلن']);
  });
  it('keeps harakat and tatweel inside the token with exact offsets', () => {
    const s = 'في مَليون';
    const [, t] = arabicTokens(s);
    expect(t).toEqual({ text: 'مَليون', start: 3, end: 9 });
  });
});
