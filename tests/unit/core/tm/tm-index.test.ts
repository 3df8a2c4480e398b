import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TmIndex } from '../../../../app/core/tm/tm-index';
import type { TmUnit } from '../../../../app/core/tm/types';

let nextId = 1;
const unit = (source: string, target: string, extra: Partial<TmUnit> = {}): TmUnit => ({
  id: nextId++, source, target, sourceLang: 'ar', targetLang: 'en', origin: 'project', changed: '2026-01-01T00:00:00Z', ...extra,
});

const PLAN = 'أعلن الائتلاف الحاكم عن خطة جديدة للإصلاح الاقتصادي في البلاد.';
const PLAN_EN = 'The ruling coalition announced a new plan for economic reform in the country.';

function sample(): TmIndex {
  const ix = new TmIndex();
  ix.add(unit(PLAN, PLAN_EN, { prev: 'وصل الوفد إلى العاصمة.', next: 'ورحب البرلمان بالخطة.' }));
  ix.add(unit('وقال الوزير إن الحكومة ستدعم القرار.', 'The minister said the government would support the decision.'));
  ix.add(unit('رفض البرلمان مشروع القانون بأغلبية كبيرة.', 'Parliament rejected the bill by a large majority.'));
  return ix;
}

describe('TmIndex.lookup: exact and in-context matches', () => {
  it('scores the same sentence with the same neighbours 101', () => {
    const [m] = sample().lookup({ source: PLAN, prev: 'وصل الوفد إلى العاصمة.', next: 'ورحب البرلمان بالخطة.' });
    expect([m?.score, m?.kind, m?.unit.target]).toEqual([101, 'context', PLAN_EN]);
  });

  it('scores the same sentence in another place 100', () => {
    const [m] = sample().lookup({ source: PLAN, prev: 'جملة أخرى.' });
    expect([m?.score, m?.kind]).toEqual([100, 'exact']);
  });

  it('ignores differences in spacing for an exact match', () => {
    expect(sample().lookup({ source: `  ${PLAN.replace(' ', '   ')} ` })[0]?.score).toBe(100);
  });

  it('scores the same words with diacritics and alef variants 99, not 100', () => {
    const [m] = sample().lookup({ source: 'أَعْلَنَ الإئتلافُ الحاكم عن خطة جديدة للإصلاح الاقتصادي في البلاد.' });
    expect([m?.score, m?.kind]).toEqual([99, 'fuzzy']);
  });
});

describe('TmIndex.lookup: fuzzy matches on normalised tokens', () => {
  it('والإئتلاف against الائتلاف (added conjunction, hamza spelling) costs little', () => {
    const [m] = sample().lookup({ source: 'أعلن والإئتلاف الحاكم عن خطة جديدة للإصلاح الاقتصادي في البلاد.' });
    expect(m?.unit.target).toBe(PLAN_EN);
    expect(m?.score).toBeGreaterThanOrEqual(96);
    expect(m?.score).toBeLessThanOrEqual(98);
  });

  it('one word of ten replaced scores about 90', () => {
    const [m] = sample().lookup({ source: 'أعلن الائتلاف الحاكم عن خطة قديمة للإصلاح الاقتصادي في البلاد.' });
    expect(m?.score).toBe(90);
  });

  it('marks the words that differ between the stored and the current source', () => {
    const [m] = sample().lookup({ source: 'أعلن الائتلاف الحاكم عن خطة قديمة للإصلاح الاقتصادي في البلاد.' });
    expect(m?.sourceDiff.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'stored', text: 'جديدة' },
      { kind: 'current', text: 'قديمة' },
    ]);
  });

  it('does not mark a diacritic as a difference', () => {
    const [m] = sample().lookup({ source: 'أعلن الائتلافُ الحاكم عن خطة قديمة للإصلاح الاقتصادي في البلاد.' });
    expect(m?.sourceDiff.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['جديدة', 'قديمة']);
  });

  it('leaves out matches under the minimum (default 70) and returns them with a lower one', () => {
    const q = { source: 'رفض البرلمان القرار.' };
    expect(sample().lookup(q)).toEqual([]);
    const low = sample().lookup(q, { minScore: 30 });
    expect(low[0]?.unit.target).toBe('Parliament rejected the bill by a large majority.');
    expect(low[0]!.score).toBeLessThan(70);
  });

  it('finds nothing for a sentence that shares no word', () => {
    expect(sample().lookup({ source: 'هطلت أمطار غزيرة على الساحل.' }, { minScore: 1 })).toEqual([]);
  });

  it('orders best first, then the most recently changed among equal scores, and applies the limit', () => {
    const ix = new TmIndex();
    ix.add(unit('قال الوزير إن الخطة جاهزة.', 'old', { changed: '2025-01-01T00:00:00Z' }));
    ix.add(unit('قال الوزير إن الخطة جاهزة.', 'new', { changed: '2026-01-01T00:00:00Z' }));
    ix.add(unit('قال الوزير إن الخطة غير جاهزة.', 'not ready'));
    const all = ix.lookup({ source: 'قال الوزير إن الخطة جاهزة.' }, { limit: 10 });
    expect(all.map((m) => [m.score, m.unit.target])).toEqual([
      [100, 'new'],
      [100, 'old'],
      [all[2]!.score, 'not ready'],
    ]);
    expect(all[2]!.score).toBeLessThan(99);
    expect(ix.lookup({ source: 'قال الوزير إن الخطة جاهزة.' }, { limit: 1 })).toHaveLength(1);
  });

  it('matches English sources too when the TM is English → Arabic', () => {
    const ix = new TmIndex();
    ix.add({ ...unit('The coalition announced a new plan.', 'أعلن الائتلاف خطة جديدة.'), sourceLang: 'en', targetLang: 'ar' });
    const [m] = ix.lookup({ source: 'The Coalition announced a plan.' }, {}, 'en');
    expect(m?.score).toBeGreaterThanOrEqual(80);
  });
});

describe('TmIndex: keeping units', () => {
  it('replaces a unit with the same id and forgets removed units', () => {
    const ix = sample();
    const u = [...ix.units()][1]!;
    ix.add({ ...u, target: 'The minister said the cabinet would back the decision.' });
    expect(ix.size).toBe(3);
    expect(ix.lookup({ source: u.source })[0]?.unit.target).toBe('The minister said the cabinet would back the decision.');
    expect(ix.remove(u.id)).toBe(true);
    expect(ix.lookup({ source: u.source })).toEqual([]);
    expect(ix.remove(u.id)).toBe(false);
    expect(ix.size).toBe(2);
  });

  it('finds a stored pair by source (up to spacing) and exact target', () => {
    const ix = sample();
    expect(ix.findPair(` ${PLAN}`, PLAN_EN)?.target).toBe(PLAN_EN);
    expect(ix.findPair(PLAN, 'Another translation.')).toBeUndefined();
  });
});

describe('TmIndex.concordance', () => {
  it('finds a phrase whatever its diacritics, hamza or attached particles, and says where it is', () => {
    const ix = sample();
    ix.add(unit('وأكد والإئتلافُ الحاكمُ دعمه للحكومة.', 'And the ruling coalition affirmed its support for the government.', { changed: '2026-02-01T00:00:00Z' }));
    const hits = ix.concordance('الائتلاف الحاكم');
    expect(hits.map((h) => h.unit.source.slice(h.start, h.end))).toEqual(['والإئتلافُ الحاكمُ', 'الائتلاف الحاكم']);
  });

  it('needs the words in sequence', () => {
    expect(sample().concordance('الحاكم الائتلاف')).toEqual([]);
  });

  it('searches the English side case-insensitively', () => {
    const hits = sample().concordance('parliament rejected', { side: 'target' });
    expect(hits.map((h) => h.unit.target.slice(h.start, h.end))).toEqual(['Parliament rejected']);
  });
});

describe('TmIndex.lookup: candidate filter loses no match', () => {
  const words = ['قال', 'الوزير', 'إن', 'الحكومة', 'ستدعم', 'القرار', 'والقرار', 'البرلمان', 'رفض', 'مشروع', 'القانون', 'أعلن', 'الائتلاف', 'والإئتلاف', 'خطة', 'جديدة'];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' ') + '.');

  it('returns every unit that scores at or above the minimum, as a full scan does', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 30 }), sentence, fc.integer({ min: 50, max: 100 }), (stored, query, min) => {
        const ix = new TmIndex();
        stored.forEach((s, i) => ix.add({ ...unit(s, `t${i}`), id: i + 1 }));
        const filtered = ix.lookup({ source: query }, { minScore: min, limit: 1000 });
        // minScore 1 admits every unit sharing a word: the full scan the filter must agree with.
        const scan = ix.lookup({ source: query }, { minScore: 1, limit: 1000 }).filter((m) => m.score >= min);
        expect(filtered.map((m) => [m.unit.id, m.score])).toEqual(scan.map((m) => [m.unit.id, m.score]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('TmIndex.lookup: context', () => {
  it('a unit stored without neighbours is a 100% match, never 101%', () => {
    const ix = new TmIndex();
    ix.add(unit('قال الوزير إن الخطة جاهزة.', 'The minister said the plan was ready.'));
    expect(ix.lookup({ source: 'قال الوزير إن الخطة جاهزة.' })[0]?.score).toBe(100);
  });

  it('the first sentence of a document (no previous) with the same next sentence is in context', () => {
    const ix = new TmIndex();
    ix.add(unit('بسم الله.', 'In the name of God.', { next: 'أما بعد.' }));
    expect(ix.lookup({ source: 'بسم الله.', next: 'أما بعد.' })[0]?.score).toBe(101);
    expect(ix.lookup({ source: 'بسم الله.', next: 'وبعد.' })[0]?.score).toBe(100);
  });
});

describe('TmIndex.concordance: stems of stems', () => {
  it('finds الفائدة whose stem فائدة starts with a letter that is also a particle (ف)', () => {
    const ix = new TmIndex();
    ix.add(unit('خفض البنك سعر الفائدة الرئيسي.', 'The bank cut its main interest rate.'));
    expect(ix.concordance('سعر الفائدة').map((h) => h.unit.target)).toEqual(['The bank cut its main interest rate.']);
    expect(ix.concordance('فائدة').map((h) => h.unit.target)).toEqual(['The bank cut its main interest rate.']);
  });
});
