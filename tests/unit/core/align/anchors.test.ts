import { describe, expect, it } from 'vitest';
import { dateAnchors, nameAnchors, numberAnchors, punctuationAnchors } from '../../../../app/core/align/anchors';
import { arabicSkeleton, englishSkeleton } from '../../../../app/core/align/names';
import { glossaryAnchors } from '../../../../app/core/align/glossary-anchors';
import { GlossaryIndex } from '../../../../app/core/glossary/index';

describe('anchors', () => {
  it('reads Arabic-Indic digits and the Western digits of the translation as the same number', () => {
    expect(numberAnchors('سجلت ١٢ حالة وفاة من أصل ٣٨٠٠ إصابة', 'ar')).toEqual(['num:12', 'num:3800']);
    expect(numberAnchors('12 deaths out of 3,800 cases', 'en')).toEqual(['num:12', 'num:3800']);
  });
  it('reads an Arabic spelled-out number as its value (أربعمئة وخمسة وعشرون مليون = 425 million)', () => {
    expect(numberAnchors('ستنفق أربعمئة وخمسة وعشرون مليون يورو', 'ar')).toEqual(['num:425000000']);
    expect(numberAnchors('will spend 425 million euros', 'en')).toEqual(['num:425000000']);
  });
  it('reads a digit number with a scale word (٩٠ ألف = 90,000)', () => {
    expect(numberAnchors('نحو ٩٠ ألف مركبة', 'ar')).toEqual(numberAnchors('around 90,000 vehicles', 'en'));
  });
  it('ignores a spelled-out "one", which is too common to be evidence', () => {
    expect(numberAnchors('one of the ministers', 'en')).toEqual([]);
  });
  it('matches names by consonant skeleton across scripts (Kerry/كيري, Obama/أوباما, Hammond/هاموند, Paris/باريس)', () => {
    for (const [en, ar] of [['Kerry', 'كيري'], ['Obama', 'أوباما'], ['Hammond', 'هاموند'], ['Paris', 'باريس'], ['Lancaster', 'لانكاستر']]) {
      expect(englishSkeleton(en!)).toBe(arabicSkeleton(ar!));
    }
  });
  it('finds a name carrying Arabic proclitics (وباريس, لباريس) and only capitalised English words', () => {
    expect(nameAnchors('وصل الوزير لباريس', 'ar')).toContain('name:BRS');
    expect(nameAnchors('The minister reached Paris', 'en')).toEqual(['name:BRS']);
  });
  it('pairs days and months across languages, including Levantine month names (كانون الأول = December)', () => {
    expect(dateAnchors('اجتمعوا يوم الخميس في كانون الأول', 'ar').sort()).toEqual(['date:d4', 'date:m12']);
    expect(dateAnchors('They met on Thursday in December', 'en').sort()).toEqual(['date:d4', 'date:m12']);
    expect(dateAnchors('Prices may rise', 'en')).toEqual([]);
  });
  it('marks questions (؟ and ?), quotations and brackets', () => {
    expect(punctuationAnchors('هل تنجح الخطة؟', 'ar')).toEqual(['question:?']);
    expect(punctuationAnchors('He said "no" (twice)', 'en')).toEqual(['punct:quote', 'punct:paren']);
  });
  it('turns glossary terms and their allowed translations into term:<entryId>, never a forbidden one', () => {
    const index = new GlossaryIndex([{ id: 'g2', source: 'البنك المركزي', targets: ['central bank'], forbidden: ['national bank'] }]);
    const terms = glossaryAnchors(index);
    expect(terms('خفض البنك المركزي الفائدة', 'ar')).toEqual(['term:g2']);
    expect(terms('The central bank cut rates', 'en')).toEqual(['term:g2']);
    expect(terms('The national bank cut rates', 'en')).toEqual([]);
  });
});
