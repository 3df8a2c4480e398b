import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeArabicWithOffsets, originalSpan } from '../../../../app/core/text/normalize';

describe('normalizeArabic', () => {
  it('drops harakat (fatha, damma, kasra)', () => {
    expect(normalizeArabic('كَتَبَ')).toBe('كتب');
    expect(normalizeArabic('مُدُن')).toBe('مدن');
  });
  it('drops shadda and sukun', () => {
    expect(normalizeArabic('حذّر')).toBe('حذر');
    expect(normalizeArabic('قدرّت')).toBe('قدرت');
    expect(normalizeArabic('مِنْ')).toBe('من');
  });
  it('drops tanwin (fathatan, dammatan, kasratan)', () => {
    expect(normalizeArabic('اجتماعاً')).toBe('اجتماعا');
    expect(normalizeArabic('كتابٌ')).toBe('كتاب');
    expect(normalizeArabic('كتابٍ')).toBe('كتاب');
  });
  it('drops the superscript (dagger) alef', () => {
    expect(normalizeArabic('هٰذا')).toBe('هذا');
  });
  it('drops tatweel (kashida)', () => {
    expect(normalizeArabic('داعـــش')).toBe('داعش');
    expect(normalizeArabic('بـ')).toBe('ب');
  });
  it('folds أ إ آ ٱ to a bare alef', () => {
    expect(normalizeArabic('أوروبا')).toBe('اوروبا');
    expect(normalizeArabic('الإئتلاف')).toBe(normalizeArabic('الائتلاف'));
    expect(normalizeArabic('آلاف')).toBe('الاف');
    expect(normalizeArabic('ٱلله')).toBe('الله');
  });
  it('folds the hamza seats ؤ → و and ئ → ي', () => {
    expect(normalizeArabic('مسؤول')).toBe('مسوول');
    expect(normalizeArabic('ائتلاف')).toBe('ايتلاف');
  });
  it('folds alef maksura ى into ي (and can keep it)', () => {
    expect(normalizeArabic('إلى')).toBe('الي');
    expect(normalizeArabic('على', { alefMaksuraToYeh: false })).toBe('على');
  });
  it('folds ة into ه only when asked', () => {
    expect(normalizeArabic('دولة')).toBe('دولة');
    expect(normalizeArabic('دولة', { tehMarbutaToHeh: true })).toBe('دوله');
  });
  it('maps Arabic-Indic and Persian digits to Western digits', () => {
    expect(normalizeArabic('١٧ و ۲۵')).toBe('17 و 25');
    expect(normalizeArabic('١٧', { digits: false })).toBe('١٧');
  });
  it('decomposes presentation forms (the lam-alef ligature)', () => {
    expect(normalizeArabic('\ufefb')).toBe('لا');
  });
  it('leaves Latin text alone', () => {
    expect(normalizeArabic('ISIS (Daesh)')).toBe('ISIS (Daesh)');
  });
});

describe('normalizeArabicWithOffsets', () => {
  it('maps each normalised code unit back to the original', () => {
    const src = 'مَليون يورو';
    const n = normalizeArabicWithOffsets(src);
    expect(n.text).toBe('مليون يورو');
    expect(n.offsets).toHaveLength(n.text.length + 1);
    const at = n.text.indexOf('يورو');
    const span = originalSpan(n, at, at + 4, src);
    expect(src.slice(span.start, span.end)).toBe('يورو');
  });
  it('gives back a word with its trailing harakat and inner tatweel', () => {
    const src = 'في داعـــشٌ هنا';
    const n = normalizeArabicWithOffsets(src);
    const at = n.text.indexOf('داعش');
    const span = originalSpan(n, at, at + 4, src);
    expect(src.slice(span.start, span.end)).toBe('داعـــشٌ');
  });
});

describe('normalisation properties', () => {
  it('the fast path and the offset-keeping path agree, and offsets are ordered and in range', async () => {
    const fc = (await import('fast-check')).default;
    const alphabet = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةؤئ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640٠١٢٣٤٥٦٧٨٩۰۱ \ufefb\ufe8e\u200c\u200f,."abc';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.boolean(), (chars, teh) => {
        const s = chars.join('');
        const n = normalizeArabicWithOffsets(s, { tehMarbutaToHeh: teh });
        expect(normalizeArabic(s, { tehMarbutaToHeh: teh })).toBe(n.text);
        expect(n.offsets).toHaveLength(n.text.length + 1);
        for (let i = 1; i < n.offsets.length; i++) expect(n.offsets[i]!).toBeGreaterThanOrEqual(n.offsets[i - 1]!);
        expect(n.offsets[n.text.length]).toBe(s.length);
        expect(normalizeArabic(n.text, { tehMarbutaToHeh: teh })).toBe(n.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('invisible characters', () => {
  it('drops joiners and direction marks (ZWNJ, ZWJ, RLM, LRM, ALM) inside Arabic words', () => {
    expect(normalizeArabic('دا\u200cعش\u200f')).toBe('داعش');
    expect(normalizeArabic('\u061cلندن\u200e')).toBe('لندن');
  });
});
