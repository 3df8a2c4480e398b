/**
 * QA messages in the UI languages: every message code has its strings (and, where a count appears, every
 * Arabic plural form) in both locales; English words each issue exactly as the core's message does; Arabic
 * words it in Arabic with the values isolated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type i18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQa } from '../../../../app/core/qa/run';
import { QA_MESSAGE_CODES, QA_PAIR_CODES, type QaIssue, type QaMessageCode } from '../../../../app/core/qa/types';
import type { GlossaryEntry, Row } from '../../../../app/core/project/model';
import { issuePieces, piecesText, type Piece } from '../../../../renderer/src/qa/issue-text';

const root = join(__dirname, '..', '..', '..', '..');
const locale = (lang: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, 'locales', lang, 'qa.json'), 'utf8')) as Record<string, unknown>;
const LANGS = ['en', 'ar'] as const;
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** Codes whose issues carry a count, so their strings come in plural forms. */
const COUNTED: ReadonlySet<QaMessageCode> = new Set(['double-space', 'inconsistent-source', 'inconsistent-target']);

const ui: Record<string, i18n> = {};
beforeAll(async () => {
  for (const lang of LANGS) {
    ui[lang] = i18next.createInstance();
    await ui[lang].init({ resources: { [lang]: { qa: locale(lang) } }, lng: lang, fallbackLng: false, ns: ['qa'], defaultNS: 'qa', interpolation: { escapeValue: false }, returnNull: false });
  }
});

function pieces(lang: string, issue: QaIssue, rowNumber: (id: string) => number | undefined = () => undefined): Piece[] {
  return issuePieces(issue, { t: (k, o) => ui[lang]!.t(k, o ?? {}), language: lang, rowNumber });
}

let n = 0;
const row = (source: string | string[], target: string): Row => ({
  id: `r${++n}`, source: Array.isArray(source) ? source : [source], target, state: 'translated', score: null, paragraph: 0,
});
const glossary: GlossaryEntry[] = [{ id: 'isis', source: 'داعش', targets: ['ISIS', 'Daesh'], forbidden: ['IS'], caseSensitive: true }];
/** A document with at least one issue of every message code. */
const rows: Row[] = [
  row('نص', ''),
  row('نص عربي منسوخ', 'نص عربي منسوخ'),
  row('نص عربي', 'نص عربي آخر but'),
  row('جملة', 'Two  double  spaces.'),
  row('جملة', 'One  double space.'),
  row('جملة', 'An (open bracket and «one quote'),
  row('جملة', 'Hidden\u200f controls\u202e here'),
  row('ضد داعش', 'against them'),
  row(['جملة أولى.', 'ضد داعش'], 'First. Against them.'),
  row('ضد داعش', 'This is against IS'),
  row('داعش', 'ISIS'),
  row('تنظيم داعش', 'the ISIS group'),
  row('ضد داعش', 'against Daesh'),
  row('عشرين دولة ومن 80 بلدا', 'the countries'),
  row('دول عربية', '17 Arab states and twenty more'),
  row('الجملة نفسها', 'The same sentence.'),
  row('الجملة نفسها', 'Another translation.'),
  row('جملة مختلفة', 'A shared translation.'),
  row('جملة أخرى', 'A shared translation.'),
];
const issues = runQa(rows, glossary);

describe('message codes', () => {
  it('the test document has an issue of every code, and only known codes', () => {
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(QA_MESSAGE_CODES));
  });
  it('every code has its string in both locales, in every plural form where a count appears', () => {
    const missing: string[] = [];
    for (const lang of LANGS) {
      const messages = locale(lang).messages as Record<string, unknown>;
      for (const code of QA_MESSAGE_CODES) {
        const keys = COUNTED.has(code) ? PLURAL_FORMS.map((f) => `${code}_${f}`) : [code];
        for (const k of keys) if (typeof messages[k] !== 'string' || (messages[k] as string).trim() === '') missing.push(`${lang} messages.${k}`);
      }
      const pairs = locale(lang).pairs as Record<string, unknown>;
      for (const p of QA_PAIR_CODES) if (typeof pairs[p] !== 'string') missing.push(`${lang} pairs.${p}`);
      for (const f of PLURAL_FORMS) if (typeof locale(lang)[`uses_${f}`] !== 'string') missing.push(`${lang} uses_${f}`);
    }
    expect(missing).toEqual([]);
  });
  it('no locale has a message for a code the core does not know (a renamed code leaves no orphan)', () => {
    for (const lang of LANGS) {
      const stray = Object.keys(locale(lang).messages as object).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')).filter((k) => !(QA_MESSAGE_CODES as readonly string[]).includes(k));
      expect(stray, lang).toEqual([]);
    }
  });
});

describe('issue text', () => {
  it('in English is the core message, word for word, for every issue', () => {
    const differ = issues.filter((i) => piecesText(pieces('en', i)) !== i.message).map((i) => [i.code, piecesText(pieces('en', i)), i.message]);
    expect(differ).toEqual([]);
  });
  it('in Arabic is Arabic, with every placeholder filled and no key left showing', () => {
    for (const i of issues) {
      const text = piecesText(pieces('ar', i));
      expect(text, i.code).not.toMatch(/\{\{|\}\}|messages\.|qa:|[\uE000\uE001]/);
      expect(text, i.code).toMatch(/[\u0621-\u064a]{3}/);
    }
  });
  it('keeps each value apart from the text around it, for direction isolation', () => {
    const forbidden = issues.find((i) => i.code === 'term-forbidden')!;
    const p = pieces('ar', forbidden);
    expect(p.filter((x) => 'value' in x).map((x) => (x as { value: string }).value)).toEqual(['IS', 'داعش', 'ISIS']);
    expect(piecesText(p)).toBe('«IS» ترجمة محظورة للمصطلح داعش؛ استخدم «ISIS»');
  });
  it('shows rows by number in the UI, and numbers in the UI language', () => {
    const inconsistent = issues.find((i) => i.code === 'inconsistent-source' && i.params.count === 2)!;
    const at = new Map(rows.map((r, k) => [r.id, k + 1]));
    expect(piecesText(pieces('en', inconsistent, (id) => at.get(id)))).toMatch(/\(other rows: \d+\)$/);
    const arabic = piecesText(pieces('ar', inconsistent, (id) => at.get(id)));
    expect(arabic).toContain('بطريقتين مختلفتين');
    expect(arabic).toContain(new Intl.NumberFormat('ar').format(at.get(inconsistent.related![0]!)!));
  });
  it('lists the allowed translations with the UI\'s "or", each quoted', () => {
    const missing = issues.find((i) => i.code === 'term-missing')!;
    expect(piecesText(pieces('ar', missing))).toBe('ينبغي أن يُترجَم المصطلح داعش (داعش) إلى «ISIS» أو «Daesh»');
  });
});

describe('Arabic plural forms of counted messages', () => {
  const doubles = (count: number): string =>
    piecesText(pieces('ar', { rowId: 'x', check: 'double-space', code: 'double-space', params: { count }, key: 'double-space', severity: 'warning', message: '' }));
  const nf = new Intl.NumberFormat('ar');
  it('one, two, few (3–10), many (11–99), other (100+)', () => {
    expect(doubles(1)).toBe('مسافة مزدوجة في الترجمة');
    expect(doubles(2)).toBe('مسافتان مزدوجتان في الترجمة');
    expect(doubles(3)).toBe(`${nf.format(3)} مسافات مزدوجة في الترجمة`);
    expect(doubles(11)).toBe(`${nf.format(11)} مسافةً مزدوجة في الترجمة`);
    expect(doubles(100)).toBe(`${nf.format(100)} مسافة مزدوجة في الترجمة`);
  });
  it('the variant counts: مرة واحدة, مرتين, n مرات', () => {
    const variant: QaIssue = {
      rowId: 'x', check: 'term-variant', code: 'term-variant', params: { term: 'داعش', translation: 'Daesh', suggestion: 'ISIS' }, key: 'k', severity: 'warning', message: '',
      variants: [{ translation: 'ISIS', count: 3 }, { translation: 'IS', count: 2 }, { translation: 'Daesh', count: 1 }],
    };
    expect(piecesText(pieces('ar', variant))).toBe(`تُرجم داعش هنا إلى «Daesh»، والمستند يستخدم «ISIS» ${nf.format(3)} مرات، «IS» مرتين، «Daesh» مرة واحدة: وحِّد الترجمة («ISIS»)`);
  });
});
