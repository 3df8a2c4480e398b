import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeArabic } from '../../../../app/core/text/normalize';
import { arabicStem, matchForm } from '../../../../app/core/tm/match-normalize';
import { matchTokens } from '../../../../app/core/tm/match-tokens';

describe('matchForm', () => {
  it('drops tashkeel and tatweel: مُسْتَشْفَى and مستشفى and مستـشفى are one form', () => {
    expect(matchForm('مُسْتَشْفَى', 'ar')).toBe(matchForm('مستشفى', 'ar'));
    expect(matchForm('مستـشفى', 'ar')).toBe(matchForm('مستشفى', 'ar'));
  });

  it('unifies alef with hamza above, below, madda and wasla with bare alef', () => {
    for (const w of ['أحمد', 'إحمد', 'آحمد', 'ٱحمد']) expect(matchForm(w, 'ar')).toBe('احمد');
  });

  it('unifies alef maqsura with ya and ta marbuta with ha (Egyptian spelling of final letters)', () => {
    expect(matchForm('مستشفى', 'ar')).toBe(matchForm('مستشفي', 'ar'));
    expect(matchForm('الحكومة', 'ar')).toBe(matchForm('الحكومه', 'ar'));
  });

  it('unifies hamza seats: مسئول and مسؤول are the same word', () => {
    expect(matchForm('مسئول', 'ar')).toBe(matchForm('مسؤول', 'ar'));
  });

  it('reads Arabic-Indic and Persian digits and the Arabic decimal separator as Western', () => {
    expect(matchForm('٣٫٥', 'ar')).toBe('3.5');
    expect(matchForm('۲۰۲۶', 'ar')).toBe('2026');
  });

  it('maps presentation forms (NFKC) to plain letters', () => {
    expect(matchForm('\ufee0\ufe8e\ufea3', 'ar')).toBe(matchForm('لاح', 'ar'));
  });

  it('lower-cases English', () => {
    expect(matchForm('Coalition', 'en')).toBe('coalition');
  });
});

describe('arabicStem (attached particles)', () => {
  const stem = (w: string): string => arabicStem(matchForm(w, 'ar'));
  it('والإئتلاف and الائتلاف share a stem (conjunction و + article ال)', () => {
    expect(stem('والإئتلاف')).toBe(stem('الائتلاف'));
  });
  it('removes بال, لل, كال, فال before a noun', () => {
    expect(stem('بالقرار')).toBe('قرار');
    expect(stem('للوزير')).toBe(stem('الوزير'));
    expect(stem('للوزير')).toBe(stem('وزير'));
    expect(stem('كالعادة')).toBe(stem('العادة'));
    expect(stem('فالحكومة')).toBe(stem('الحكومة'));
  });
  it('removes the conjunction from a verb: وقال and قال', () => {
    expect(stem('وقال')).toBe('قال');
  });
  it('keeps short words whole: ولد (boy) is not و + لد', () => {
    expect(stem('ولد')).toBe('ولد');
  });
  it('is its own stem (so a word and the word with the article agree): الفائدة, فائدة, والفائدة', () => {
    expect(stem('الفائدة')).toBe(stem('فائدة'));
    expect(stem('والفائدة')).toBe(stem('فائدة'));
    for (const w of ['الفائدة', 'والوزير', 'بالقرار', 'فالحكومة']) expect(arabicStem(stem(w))).toBe(stem(w));
  });
  it('does not take a bare preposition off: لبنان and بيان keep their first letter', () => {
    expect(stem('لبنان')).toBe('لبنان');
    expect(stem('بيان')).toBe('بيان');
  });
});

describe('matchTokens', () => {
  it('splits words and punctuation, drops spaces, keeps offsets', () => {
    const text = 'قال الوزير: «نعم»، ٣٠ مليون.';
    const toks = matchTokens(text, 'ar');
    expect(toks.map((t) => t.text)).toEqual(['قال', 'الوزير', ':', '«', 'نعم', '»', '،', '٣٠', 'مليون', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.filter((t) => t.punct).map((t) => t.form)).toEqual([':', '«', '»', ',', '.']);
  });

  it('splits two sentences glued by a full stop (بروكسل.واعلن)', () => {
    expect(matchTokens('بروكسل.واعلن', 'ar').map((t) => t.text)).toEqual(['بروكسل', '.', 'واعلن']);
  });

  it('keeps decimals, thousands and hyphenated names whole', () => {
    expect(matchTokens('3.5% of 1,000 COVID-19 cases', 'en').map((t) => t.text)).toEqual(['3.5', '%', 'of', '1,000', 'COVID-19', 'cases']);
  });
});

describe('matchForm agrees with the shared normaliser', () => {
  it('folds any Arabic string as core/text/normalize.ts does (with ة → ه and the hamza seats as ء)', () => {
    const chars = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي', '\u064b', '\u064e', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640', '٠', '٣', '۹', 'ٱ', 'ی', 'ک'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (cs) => {
        const w = cs.join('');
        const reference = normalizeArabic(w.normalize('NFC').replace(/[ؤئ]/gu, 'ء'), { tehMarbutaToHeh: true });
        expect(matchForm(w, 'ar')).toBe(reference);
      }),
      { numRuns: 500 },
    );
  });
});
