import { describe, expect, it } from 'vitest';
import { segment } from '../../../../app/core/text/segment';
import type { Lang } from '../../../../app/core/align/types';
import { AR_ABBREVIATIONS, EN_ABBREVIATIONS } from '../../../../app/core/text/segment-rules';

const cut = (text: string, lang: Lang): string[] => segment(text, lang).map((s) => s.text);

describe('Arabic sentence rules', () => {
  it('breaks at the full stop between two Arabic sentences', () => {
    expect(cut('وصل الوزير إلى القاهرة. وبدأ الاجتماع ظهراً.', 'ar')).toEqual(['وصل الوزير إلى القاهرة.', 'وبدأ الاجتماع ظهراً.']);
  });
  it('breaks at the Arabic question mark ؟ (which default SRX rules ignore)', () => {
    expect(cut('هل تنجح المفاوضات؟ يأمل الطرفان ذلك.', 'ar')).toEqual(['هل تنجح المفاوضات؟', 'يأمل الطرفان ذلك.']);
  });
  it('breaks at the Arabic question mark with no space before the next word', () => {
    expect(cut('هل تنجح المفاوضات؟يأمل الطرفان ذلك.', 'ar')).toEqual(['هل تنجح المفاوضات؟', 'يأمل الطرفان ذلك.']);
  });
  it('breaks at an exclamation mark', () => {
    expect(cut('يا له من فوز! احتفل الجمهور طويلاً.', 'ar')).toEqual(['يا له من فوز!', 'احتفل الجمهور طويلاً.']);
  });
  it('breaks at a period with no space after it (بروكسل.واعلن, as in the seed article)', () => {
    expect(cut('في مقر الحلف الاطلسي في بروكسل.واعلن جون كيري حينها انه تم وقف اندفاعة التنظيم.', 'ar')).toEqual([
      'في مقر الحلف الاطلسي في بروكسل.',
      'واعلن جون كيري حينها انه تم وقف اندفاعة التنظيم.',
    ]);
  });
  it('never breaks at the Arabic semicolon ؛ or the Arabic comma ،', () => {
    expect(cut('ارتفعت الأسعار؛ وتراجع الطلب، ثم استقر السوق.', 'ar')).toEqual(['ارتفعت الأسعار؛ وتراجع الطلب، ثم استقر السوق.']);
  });
  it('keeps a closing quote after the stop with its sentence (".)', () => {
    expect(cut('وقال إن "الوضع مستقر." وغادر القاعة.', 'ar')).toEqual(['وقال إن "الوضع مستقر."', 'وغادر القاعة.']);
  });
  it('keeps closing guillemets » and a bracket after the stop with their sentence', () => {
    expect(cut('قال: «انتهى الأمر.» ثم صمت. (انظر الملحق.) وتابع.', 'ar')).toEqual(['قال: «انتهى الأمر.»', 'ثم صمت.', '(انظر الملحق.)', 'وتابع.']);
  });
  it('does not break after the title abbreviation د. (doctor)', () => {
    expect(cut('قال د. أحمد زويل إن البحث مستمر.', 'ar')).toEqual(['قال د. أحمد زويل إن البحث مستمر.']);
  });
  it('does not break after the title abbreviation م. (engineer) before a name', () => {
    expect(cut('افتتح م. خالد المصنع الجديد.', 'ar')).toEqual(['افتتح م. خالد المصنع الجديد.']);
  });
  it('breaks after the era marker م. when it follows a year', () => {
    expect(cut('ولد عام ١٩٥٠ م. ثم سافر إلى لندن.', 'ar')).toEqual(['ولد عام ١٩٥٠ م.', 'ثم سافر إلى لندن.']);
  });
  it('does not break inside or after the P.O. box abbreviation ص.ب. before a number', () => {
    expect(cut('راسلونا على ص.ب. ١٢٣٤ الرياض.', 'ar')).toEqual(['راسلونا على ص.ب. ١٢٣٤ الرياض.']);
  });
  it('reads the Hijri marker هـ (with tatweel) inside a sentence', () => {
    expect(cut('في عام ١٤٣٦ هـ بدأ المشروع. ثم توقف.', 'ar')).toEqual(['في عام ١٤٣٦ هـ بدأ المشروع.', 'ثم توقف.']);
  });
  it('does not break inside decimals with a period or the Arabic decimal separator ٫', () => {
    expect(cut('بلغ النمو 3.5 في المئة و٢٫٧ في العام الماضي. وهذا جيد.', 'ar')).toEqual(['بلغ النمو 3.5 في المئة و٢٫٧ في العام الماضي.', 'وهذا جيد.']);
  });
  it('does not break inside numbers with Arabic-Indic digits and the Arabic thousands separator ٬', () => {
    expect(cut('سجلت الوزارة ١٢٬٥٠٠ إصابة و١٥.٣ في المئة منها شفيت. وانتهى التقرير.', 'ar')).toEqual([
      'سجلت الوزارة ١٢٬٥٠٠ إصابة و١٥.٣ في المئة منها شفيت.',
      'وانتهى التقرير.',
    ]);
  });
  it('handles Eastern Arabic-Indic digits ۰-۹ in a decimal', () => {
    expect(cut('ارتفع المؤشر ۲.۵ نقطة. ثم هبط.', 'ar')).toEqual(['ارتفع المؤشر ۲.۵ نقطة.', 'ثم هبط.']);
  });
  it('breaks at an ellipsis … followed by a space', () => {
    expect(cut('وانتظر الجميع… ثم جاء الخبر.', 'ar')).toEqual(['وانتظر الجميع…', 'ثم جاء الخبر.']);
  });
  it('keeps diacritics and tatweel inside words (no break, offsets unchanged)', () => {
    const text = 'أعلنَ الوزيـــر أنّ الميزانيةَ ستُنفَق. وانتهى.';
    expect(cut(text, 'ar')).toEqual(['أعلنَ الوزيـــر أنّ الميزانيةَ ستُنفَق.', 'وانتهى.']);
  });
  it('reads the title د. written with a diacritic (دّ.) as the same abbreviation', () => {
    expect(cut('قال دُ. سمير إن النتائج جيدة.', 'ar')).toEqual(['قال دُ. سمير إن النتائج جيدة.']);
  });
  it('does not break after a Latin abbreviation inside Arabic text (Apple Inc., p.m.)', () => {
    expect(cut('أعلنت شركة Apple Inc. أرباحها عند الساعة 5 p.m. يوم الخميس. وارتفع السهم.', 'ar')).toEqual([
      'أعلنت شركة Apple Inc. أرباحها عند الساعة 5 p.m. يوم الخميس.',
      'وارتفع السهم.',
    ]);
  });
  it('ends a headline without a stop at its line break', () => {
    expect(cut('الحكومة تعلن خطة جديدة\nأعلنت الحكومة اليوم خطة.', 'ar')).toEqual(['الحكومة تعلن خطة جديدة', 'أعلنت الحكومة اليوم خطة.']);
  });
});

describe('English sentence rules', () => {
  it('does not break after the titles Mr. and Dr. (where Intl.Segmenter does)', () => {
    expect(cut('Mr. Smith met Dr. Jones. They spoke.', 'en')).toEqual(['Mr. Smith met Dr. Jones.', 'They spoke.']);
  });
  it('does not break inside or after U.S. and U.N. before a non-opening capital', () => {
    expect(cut('The U.S. President spoke at the U.N. General Assembly. He left.', 'en')).toEqual([
      'The U.S. President spoke at the U.N. General Assembly.',
      'He left.',
    ]);
  });
  it('breaks after U.S. when the next word is a usual sentence opener', () => {
    expect(cut('The envoy returned to the U.S. The talks had failed.', 'en')).toEqual(['The envoy returned to the U.S.', 'The talks had failed.']);
  });
  it('breaks after p.m. before a sentence opener, not before a lower-case word', () => {
    expect(cut('It ended at 5 p.m. The crowd left. It began at 9 a.m. on Monday.', 'en')).toEqual([
      'It ended at 5 p.m.',
      'The crowd left.',
      'It began at 9 a.m. on Monday.',
    ]);
  });
  it('does not break after e.g. and i.e.', () => {
    expect(cut('Some goods, e.g. Rice, rose; i.e. Prices went up. Then they fell.', 'en')).toEqual([
      'Some goods, e.g. Rice, rose; i.e. Prices went up.',
      'Then they fell.',
    ]);
  });
  it('does not break after No. before a number (No. 5)', () => {
    expect(cut('He lives at No. 5 Downing Street. He said no.', 'en')).toEqual(['He lives at No. 5 Downing Street.', 'He said no.']);
  });
  it('does not break after a middle initial (John F. Kennedy)', () => {
    expect(cut('John F. Kennedy was elected in 1960. He was young.', 'en')).toEqual(['John F. Kennedy was elected in 1960.', 'He was young.']);
  });
  it('does not break inside decimals (3.5 percent)', () => {
    expect(cut('Growth was 3.5 percent. Inflation was 2.1.', 'en')).toEqual(['Growth was 3.5 percent.', 'Inflation was 2.1.']);
  });
  it('breaks at an ellipsis before a capital, not before a lower-case word', () => {
    expect(cut('We waited... and waited... Then the news came.', 'en')).toEqual(['We waited... and waited...', 'Then the news came.']);
  });
  it('keeps a closing quote after the stop with its sentence', () => {
    expect(cut('He said: "It is over." Then he left.', 'en')).toEqual(['He said: "It is over."', 'Then he left.']);
  });
  it('does not break after a quoted question followed by a lower-case verb', () => {
    expect(cut('"Why now?" he asked. Nobody knew.', 'en')).toEqual(['"Why now?" he asked.', 'Nobody knew.']);
  });
  it('breaks at a period with no space before a capitalised word (Brussels.John)', () => {
    expect(cut('The meeting was in Brussels.John Kerry spoke.', 'en')).toEqual(['The meeting was in Brussels.', 'John Kerry spoke.']);
  });
  it('ends a headline without a final stop at a paragraph break', () => {
    expect(cut('Markets Rally on Rate Cut\n\nShares rose on Monday.', 'en')).toEqual(['Markets Rally on Rate Cut', 'Shares rose on Monday.']);
  });
  it('does not treat a list number at the start of a line as a sentence', () => {
    expect(cut('1. Prices rose sharply.', 'en')).toEqual(['1. Prices rose sharply.']);
  });
  it('does not break before a lower-case word after an unknown abbreviation (approx. five)', () => {
    expect(cut('They waited approx. five hours. Then left.', 'en')).toEqual(['They waited approx. five hours.', 'Then left.']);
  });
});

describe('every abbreviation in the rule tables behaves as its kind says', () => {
  const cased = (k: string): string => k.split('.').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('.');
  for (const [abbr, kind] of EN_ABBREVIATIONS) {
    it(`English ${kind} abbreviation "${abbr}."`, () => {
      for (const written of [abbr, cased(abbr)]) {
        if (kind === 'title') expect(cut(`We met ${written}. Smith today. Then we left.`, 'en')).toHaveLength(2);
        if (kind === 'numeric') {
          expect(cut(`See ${written}. 12 in the list. Then we left.`, 'en')).toHaveLength(2);
          expect(cut(`It was in the ${written}. The list ended.`, 'en')).toHaveLength(2);
        }
        if (kind === 'inner') {
          expect(cut(`It was ${written}. in the list. Then we left.`, 'en')).toHaveLength(2);
          expect(cut(`It was ${written}. The list ended.`, 'en')).toHaveLength(2);
        }
      }
    });
  }
  for (const [abbr, kind] of AR_ABBREVIATIONS) {
    it(`Arabic ${kind} abbreviation "${abbr}."`, () => {
      if (kind === 'title') expect(cut(`التقينا ${abbr}. سمير اليوم. ثم غادرنا.`, 'ar')).toHaveLength(2);
      if (kind === 'numeric') {
        expect(cut(`انظر ${abbr}. ١٢ في القائمة. ثم غادرنا.`, 'ar')).toHaveLength(2);
        expect(cut(`انتهت القائمة ${abbr}. ثم غادرنا.`, 'ar')).toHaveLength(2);
      }
      if (kind === 'inner') expect(cut(`بني المعبد عام ٣٠٠ ${abbr}. ثم هدم.`, 'ar')).toHaveLength(2);
    });
  }
});
