import { describe, expect, it } from 'vitest';
import { BROKEN_PLURALS, brokenPluralForms } from '../../../../app/core/glossary/broken-plurals';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import type { GlossaryEntry } from '../../../../app/core/project/model';
import { normalizeArabic } from '../../../../app/core/text/normalize';

const entry = (id: string, source: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ id, source, targets: [id], forbidden: [], ...extra });
const ids = (idx: GlossaryIndex, text: string): string[] => idx.matchSource(text).map((m) => m.entryId);
const surfaces = (idx: GlossaryIndex, text: string): string[] => idx.matchSource(text).map((m) => m.surface);

describe('the broken-plural table', () => {
  const rows = BROKEN_PLURALS.map(([s, p]) => [normalizeArabic(s), p.split(' ').map((x) => normalizeArabic(x))] as const);
  it('holds at least 150 singular-plural pairs', () => {
    expect(rows.reduce((n, [, ps]) => n + ps.length, 0)).toBeGreaterThanOrEqual(150);
  });
  it('has each singular once, and forms of three letters or more', () => {
    const singulars = rows.map(([s]) => s);
    expect(singulars.filter((s, i) => singulars.indexOf(s) !== i)).toEqual([]);
    expect(rows.flatMap(([s, ps]) => [s, ...ps]).filter((w) => w.length < 3)).toEqual([]);
  });
  it('holds no sound plural (singular + ون, ين, ات): those are the suffix rules\' work', () => {
    const sound = rows.flatMap(([s, ps]) => ps.filter((p) => ['ون', 'ين', 'ات'].some((e) => p === s + e || p === s.replace(/ة$/, '') + e)).map((p) => `${s} ${p}`));
    expect(sound).toEqual([]);
  });
  it('maps both ways, on normalised spellings', () => {
    expect(brokenPluralForms('دولة')).toEqual(['دول']);
    expect(brokenPluralForms('دول')).toEqual(['دولة']);
    expect(brokenPluralForms('بلد')).toEqual(['بلدان', 'بلاد']);
    expect(brokenPluralForms('روساء')).toEqual(['رييس']); // رؤساء ↔ رئيس, hamza seats folded
    expect(brokenPluralForms('رؤساء')).toEqual([]); // keys are normalised spellings
    expect(brokenPluralForms('كتاب')).toEqual([]);
  });
});

describe('GlossaryIndex: broken plurals as extra forms of a term word', () => {
  const idx = new GlossaryIndex([
    entry('state', 'دولة'), entry('soldier', 'الجندي'), entry('fighter', 'مقاتل'), entry('leaders', 'القادة'),
    entry('rate', 'سعر الفائدة'), entry('usSoldier', 'الجندي الأمريكي'), entry('pow', 'أسير'), entry('port', 'ميناء'), entry('mine', 'لغم'),
  ]);
  const cases: [string, string, string][] = [
    ['دولة → دول, with the article', 'اجتمعت الدول العربية', 'الدول'],
    ['دولة → دول, with ل + ال', 'قال للدول الأعضاء', 'للدول'],
    ['دولة → دول, with a pronoun (دولها)', 'مع دولها', 'دولها'],
    ['دولة → دول, accusative tanwin (دولاً)', 'زار دولاً كثيرة', 'دولاً'],
    ['جندي → جنود', 'قتل ثلاثة جنود', 'جنود'],
    ['جندي → جنود, with و + ال', 'والجنود في الموقع', 'والجنود'],
    ['جندي → جنود, with a pronoun (جنودها)', 'سحبت جنودها', 'جنودها'],
    ['مقاتل → مقاتلون (sound, by rule)', 'وصل مقاتلون', 'مقاتلون'],
    ['مقاتل → مقاتلين (sound, by rule)', 'مع المقاتلين', 'المقاتلين'],
    ['plural term القادة → singular قائد', 'قال القائد', 'القائد'],
    ['plural term القادة → singular with hamza dropped (القايد)', 'قال القايد', 'القايد'],
    ['a multi-word term with the plural of its first word (أسعار الفائدة)', 'خفض أسعار الفائدة', 'أسعار الفائدة'],
    ['both words in the plural (الجنود الأمريكيين)', 'انسحاب الجنود الأمريكيين', 'الجنود الأمريكيين'],
    ['أسير → أسرى, ى written ي', 'تبادل الأسري', 'الأسري'],
    ['ميناء → موانئ', 'في موانئ البحر', 'موانئ'],
    ['لغم → ألغام (a plural in أل, not the article)', 'نزع الألغام', 'الألغام'],
  ];
  for (const [name, text, surface] of cases) it(`${name}: ${text}`, () => expect(surfaces(idx, text)).toContain(surface));

  describe('false-hit traps', () => {
    it('the nisba adjective الدولي ("international") is not the plural دول + ي', () => {
      expect(ids(idx, 'المجتمع الدولي')).toEqual([]);
      expect(ids(idx, 'مؤتمر دولي')).toEqual([]);
      expect(ids(idx, 'الأمم المتحدة والمنظمات الدولية')).toEqual([]);
    });
    it('دولار is not دول, جنوب is not جنود', () => {
      expect(ids(idx, 'مليون دولار')).toEqual([]);
      expect(ids(idx, 'في جنوب البلاد')).toEqual([]);
    });
    it('a term is not found in its own nisba adjective: دول ("countries") is not in الدولي ("international")', () => {
      const own = new GlossaryIndex([entry('duwal', 'دول')]);
      expect(ids(own, 'المجتمع الدولي')).toEqual([]);
      expect(ids(own, 'الدول الأعضاء')).toEqual(['duwal']);
      expect(ids(own, 'ودول الجوار')).toEqual(['duwal']);
    });
    it('pairs left out of the table on purpose do not match: عدد is not إعداد, كتاب is not كتب "wrote"', () => {
      const left = new GlossaryIndex([entry('number', 'عدد'), entry('book', 'كتاب'), entry('month', 'شهر')]);
      expect(ids(left, 'إعداد التقرير')).toEqual([]);
      expect(ids(left, 'كتب الرئيس رسالة')).toEqual([]);
      expect(ids(left, 'أشهر لاعب')).toEqual([]);
      expect(ids(left, 'منذ شهور')).toEqual(['month']);
    });
  });
});

describe('GlossaryIndex: a plural term in أل finds its singular', () => {
  it('ألغام (normalised الغام, not ال + غام) finds لغم', () => {
    const idx = new GlossaryIndex([entry('mines', 'ألغام')]);
    expect(surfaces(idx, 'انفجار لغم واللغم الثاني')).toEqual(['لغم', 'واللغم']);
  });
});

describe('GlossaryIndex: per-entry source variants', () => {
  const idx = new GlossaryIndex([entry('isis', 'داعش', { sourceVariants: ['تنظيم الدولة الإسلامية', 'الدولة الإسلامية'] }), entry('state', 'دولة')]);
  it('a variant matches as the entry, clitics and all, longest first', () => {
    expect(idx.matchSource('مقاتلو تنظيم الدولة الإسلامية').map((m) => [m.entryId, m.surface])).toEqual([['isis', 'تنظيم الدولة الإسلامية']]);
    expect(idx.matchSource('وللدولة الإسلامية').map((m) => [m.entryId, m.surface])).toEqual([['isis', 'وللدولة الإسلامية']]);
  });
  it('the entry itself still matches, and other entries are not disturbed', () => {
    expect(ids(idx, 'ضد داعش')).toEqual(['isis']);
    expect(ids(idx, 'الدولة المدنية')).toEqual(['state']);
  });
});
