import { describe, expect, it } from 'vitest';
import { runQa, type QaIssue } from '../../../../app/core/qa/index';
import type { GlossaryEntry, Row } from '../../../../app/core/project/model';

let n = 0;
const row = (source: string | string[], target: string, id = `r${++n}`): Row => ({
  id, source: Array.isArray(source) ? source : [source], target, state: 'translated', score: null, paragraph: 0,
});
const g = (id: string, source: string, targets: string[], forbidden: string[] = [], caseSensitive?: boolean): GlossaryEntry => ({
  id, source, targets, forbidden, ...(caseSensitive === undefined ? {} : { caseSensitive }),
});
const glossary = [
  g('isis', 'داعش', ['ISIS', 'Daesh'], ['IS', 'Islamic State'], true),
  g('coal', 'ائتلاف', ['coalition']),
  g('valls', 'مانويل فالس', ['Manuel Valls']),
];
const checks = (issues: QaIssue[]): string[] => issues.map((i) => i.check);
const only = (issues: QaIssue[], check: string): QaIssue[] => issues.filter((i) => i.check === check);

describe('term-missing', () => {
  it('reports a source term whose translation is missing', () => {
    const issues = runQa([row('اجتماع للإئتلاف الدولي', 'An international meeting')], glossary);
    const [i] = only(issues, 'term-missing');
    expect(i).toMatchObject({ key: 'ائتلاف', entryId: 'coal', suggestion: 'coalition', severity: 'error' });
    expect(i!.message).toContain('للإئتلاف');
    expect(i!.spans).toEqual([{ side: 'source', sentence: 0, start: 7, end: 15 }]);
  });
  it('is satisfied by an inflected translation (coalition\'s)', () => {
    expect(only(runQa([row('اجتماع للإئتلاف', "The coalition's meeting")], glossary), 'term-missing')).toEqual([]);
  });
  it('is satisfied by any allowed translation (Daesh)', () => {
    expect(only(runQa([row('ضد تنظيم"داعش"', 'against Daesh')], glossary), 'term-missing')).toEqual([]);
  });
  it('a multi-word term in the second sentence of a row', () => {
    const issues = runQa([row(['جملة أولى.', 'وأوضح مانويل فالس'], 'First. Valls explained')], glossary);
    expect(only(issues, 'term-missing')[0]?.spans).toEqual([{ side: 'source', sentence: 1, start: 6, end: 17 }]);
  });
});

describe('term-forbidden', () => {
  it('reports a forbidden translation, respecting case (IS, not "is")', () => {
    const issues = runQa([row('ضد داعش', 'This is against IS')], glossary);
    const f = only(issues, 'term-forbidden');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ key: 'داعش|IS', suggestion: 'ISIS', spans: [{ side: 'target', start: 16, end: 18 }] });
    expect(checks(issues)).toContain('term-missing');
  });
  it('a longer forbidden phrase wins over nothing (Islamic State)', () => {
    expect(only(runQa([row('ضد داعش', 'against the Islamic State')], glossary), 'term-forbidden')[0]?.key).toBe('داعش|Islamic State');
  });
});

describe('term-variant', () => {
  it('reports the minority translation with the counts and the one to use', () => {
    const rows = [row('داعش', 'ISIS', 'a'), row('تنظيم داعش', 'the ISIS group', 'b'), row('ضد داعش', 'against Daesh', 'c')];
    const v = only(runQa(rows, glossary), 'term-variant');
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ rowId: 'c', suggestion: 'ISIS', variants: [{ translation: 'ISIS', count: 2 }, { translation: 'Daesh', count: 1 }] });
    expect(v[0]!.message).toContain('"ISIS" 2×, "Daesh" 1×');
  });
  it('on a tie the preferred (first) translation is suggested', () => {
    const v = only(runQa([row('داعش', 'Daesh', 'a'), row('داعش', 'ISIS', 'b')], glossary), 'term-variant');
    expect(v.map((i) => [i.rowId, i.suggestion])).toEqual([['a', 'ISIS']]);
  });
  it('one translation used throughout is no issue', () => {
    expect(only(runQa([row('داعش', 'ISIS'), row('داعش', 'ISIS again')], glossary), 'term-variant')).toEqual([]);
  });
});

describe('number-mismatch', () => {
  const nums = (source: string, target: string): string[] =>
    only(runQa([row(source, target)], []), 'number-mismatch').map((i) => i.key);
  it('425 million in words matches 425 million in digits', () => {
    expect(nums('ستنفق أربعمئة وخمسة وعشرون مَليون يورو', 'will spend 425 million euros')).toEqual([]);
  });
  it('ألفين وستمئة وثمانين matches 2,680', () => expect(nums('توظيف ألفين وستمئة وثمانين شخصاً', 'hire 2,680 people')).toEqual([]));
  it('15 ألفاً matches 15,000', () => expect(nums('بـ 15 الفاً', 'at 15,000')).toEqual([]));
  it('السنوات الثلاث matches "three years"', () => expect(nums('خلال السنوات الثلاث المقبلة', 'over the next three years')).toEqual([]));
  it('a source number missing from the translation', () => {
    expect(nums('عشرين دولة', 'the countries')).toEqual(['source:20']);
  });
  it('a number present only in the translation', () => {
    expect(nums('دول عربية', '17 Arab states')).toEqual(['target:17']);
  });
  it('a different number on each side', () => {
    expect(nums('من 80 بلدا', 'from 18 countries')).toEqual(['source:80', 'target:18']);
  });
  it('Arabic-Indic digits against Western digits', () => expect(nums('١٧ دولة', '17 states')).toEqual([]));
  it('one and two in words need no counterpart (dual دولتين = "two states")', () => {
    expect(nums('دولتين', 'two states')).toEqual([]);
    expect(nums('دولة واحدة', 'a state')).toEqual([]);
  });
  it('a repeated number must appear as often on both sides', () => {
    expect(nums('17 و 17', '17')).toEqual(['source:17']);
  });
  it('an ordinal teen is not a stray 10 (في الخامس عشر من الشهر = on the 15th of the month)', () => {
    expect(nums('في الخامس عشر من الشهر', 'on the 15th of the month')).toEqual([]);
    expect(nums('القرن الحادي عشر', 'the eleventh century')).toEqual([]);
    expect(nums('الحادي عشر من سبتمبر', 'September 11')).toEqual([]);
  });
  it('a cardinal teen must be in the translation, and is 15, not 10', () => {
    expect(nums('خمسة عشر قتيلاً', 'fifteen dead')).toEqual([]);
    expect(nums('خمسة عشر قتيلاً', '10 dead')).toEqual(['source:15', 'target:10']);
  });
});

describe('empty and untranslated', () => {
  it('an empty translation', () => expect(checks(runQa([row('نص', '  ')], glossary))).toEqual(['empty']));
  it('no issue for an empty row on both sides', () => expect(runQa([row([], '')], glossary)).toEqual([]));
  it('a copied source is untranslated', () => expect(checks(runQa([row('نص عربي', 'نص عربي')], []))).toEqual(['untranslated']));
  it('a translation still mostly in Arabic is untranslated', () => {
    expect(checks(runQa([row('نص عربي طويل', 'نص عربي طويل (draft)')], []))).toContain('untranslated');
  });
  it('an English translation with an Arabic name in it is fine', () => {
    expect(checks(runQa([row('قال فالس', 'Valls (فالس) said')], []))).toEqual([]);
  });
});

describe('double-space, unbalanced, bidi-control', () => {
  it('double spaces between words, with their places', () => {
    const [i] = runQa([row('نص', 'Two  spaces and  more')], []);
    expect(i).toMatchObject({ check: 'double-space', spans: [{ side: 'target', start: 3, end: 5 }, { side: 'target', start: 15, end: 17 }] });
  });
  it('unbalanced parentheses and quotes', () => {
    const issues = runQa([row('(نص) "اقتباس"', 'text (open and "quoted')], []);
    expect(only(issues, 'unbalanced').map((i) => i.key)).toEqual(['parentheses', 'straight double quotes']);
  });
  it('curly quotes must pair', () => {
    expect(only(runQa([row('"نص"', '“text“')], []), 'unbalanced').map((i) => i.key)).toEqual(['curly double quotes']);
  });
  it('a quotation the source leaves open is not flagged', () => {
    expect(only(runQa([row('قال "نص طويل', 'He said "a long text')], []), 'unbalanced')).toEqual([]);
  });
  it('bidi controls in the English (RLM, LRE)', () => {
    const [i] = runQa([row('نص', 'text\u200f here\u202a')], []);
    expect(i).toMatchObject({ check: 'bidi-control', key: 'LRE, RLM', severity: 'error' });
    expect(i!.spans).toHaveLength(2);
  });
});

describe('inconsistent-source and inconsistent-target', () => {
  it('the same Arabic (with and without harakat) translated two ways', () => {
    const rows = [row('خطر الإرهاب عالٍ', 'The terror threat is high', 'a'), row('خطر الارهاب عال', 'Terrorism risk is high', 'b'), row('شيء آخر', 'Else', 'c')];
    const i = only(runQa(rows, []), 'inconsistent-source');
    expect(i.map((x) => [x.rowId, x.related])).toEqual([['a', ['b']], ['b', ['a']]]);
  });
  it('different Arabic with the same translation (ignoring case and spacing)', () => {
    const rows = [row('نص أول', 'Same  text', 'a'), row('نص ثان', 'same text', 'b')];
    const issues = runQa(rows, []);
    expect(only(issues, 'inconsistent-target').map((x) => x.rowId)).toEqual(['a', 'b']);
  });
});

describe('ignores and order', () => {
  it('an ignored issue is left out while its key is unchanged', () => {
    const rows = [row('اجتماع للإئتلاف', 'A meeting', 'x')];
    const ignores = [{ rowId: 'x', check: 'term-missing', key: 'ائتلاف', reason: 'pronoun in English' }];
    expect(only(runQa(rows, glossary, { ignores }), 'term-missing')).toEqual([]);
    expect(only(runQa(rows, glossary, { ignores: [{ ...ignores[0]!, key: 'other' }] }), 'term-missing')).toHaveLength(1);
  });
  it('issues come in row order, then check order', () => {
    const rows = [row('نص', '', 'a'), row('ضد داعش 20', 'against  IS', 'b')];
    expect(runQa(rows, glossary).map((i) => `${i.rowId}:${i.check}`)).toEqual([
      'a:empty', 'b:term-missing', 'b:term-forbidden', 'b:number-mismatch', 'b:double-space',
    ]);
  });
  it('runs only the checks asked for', () => {
    expect(checks(runQa([row('نص', '')], glossary, { checks: ['double-space'] }))).toEqual([]);
  });
});

describe('number-mismatch: what a reviewer does not want flagged', () => {
  const nums = (source: string, target: string): string[] =>
    only(runQa([row(source, target)], []), 'number-mismatch').map((i) => i.key);
  it('a numeric date against a date with the month spelled out', () => {
    expect(nums('في 20/1/2015', 'on 20 January 2015')).toEqual([]);
  });
  it('but a wrong day in that date is flagged', () => {
    expect(nums('في 20/1/2015', 'on 21 January 2015')).toEqual(['source:20', 'target:21']);
  });
  it('an English ordinal for an Arabic ordinal word (الخامس = 5th)', () => {
    expect(nums('للمرة الخامسة', 'for the 5th time')).toEqual([]);
  });
  it('million/billion written out on one side and in words on the other (3.5 مليار = 3.5 billion)', () => {
    expect(nums('3.5 مليار دولار', '3.5 billion dollars')).toEqual([]);
    expect(nums('مليون ونصف', '1.5 million')).toEqual([]);
  });
});
