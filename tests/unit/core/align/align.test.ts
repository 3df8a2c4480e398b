import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { align } from '../../../../app/core/align/align';
import type { Bead } from '../../../../app/core/align/types';

const shape = (beads: Bead[]): string[] => beads.map((b) => `${b.source.join(',')}|${b.target.join(',')}`);

// Arabic news sentences and their English translations, used to build each bead type.
const AR = [
  'أعلنت وزارة المالية يوم الأحد أن العجز في الموازنة تراجع إلى ٤٫٨ في المئة من الناتج المحلي.',
  'وقال الوزير إن الحكومة ستواصل الإصلاحات.',
  'وارتفعت الصادرات بنسبة ١٢ في المئة خلال العام الماضي بفضل الطلب القوي من أوروبا وآسيا.',
  'وتراجعت الواردات بشكل طفيف.',
  'ويتوقع صندوق النقد الدولي أن يبلغ النمو ٣٫٥ في المئة العام المقبل.',
  'هل تكفي هذه الأرقام لطمأنة المستثمرين؟',
];
const EN = [
  'The finance ministry announced on Sunday that the budget deficit had fallen to 4.8 percent of GDP.',
  'The minister said the government would continue its reforms.',
  'Exports rose 12 percent last year on strong demand from Europe and Asia.',
  'Imports fell slightly.',
  'The International Monetary Fund expects growth of 3.5 percent next year.',
  'Are these figures enough to reassure investors?',
];

describe('align bead types', () => {
  it('pairs a faithful translation 1-1, sentence by sentence', () => {
    expect(shape(align(AR, EN))).toEqual(['0|0', '1|1', '2|2', '3|3', '4|4', '5|5']);
  });
  it('leaves an Arabic sentence the translator omitted as a 1-0 bead', () => {
    const en = EN.filter((_, j) => j !== 2);
    expect(shape(align(AR, en))).toContain('2|');
  });
  it('leaves an English sentence added by the translator (too long to hide in a 1-2) as a 0-1 bead', () => {
    const added = 'Analysts in Cairo and Dubai had expected a much smaller rise, given the slowdown in global trade and the strength of the dollar this year.';
    const en = [...EN.slice(0, 3), added, ...EN.slice(3)];
    expect(shape(align(AR, en))).toContain('|3');
  });
  it('joins two Arabic sentences translated as one English sentence (2-1)', () => {
    const en = [EN[0]!, `${EN[1]!.slice(0, -1)}, and exports rose 12 percent last year on strong demand from Europe and Asia.`, ...EN.slice(3)];
    expect(shape(align(AR, en))).toEqual(['0|0', '1,2|1', '3|2', '4|3', '5|4']);
  });
  it('joins one Arabic sentence translated as two English sentences (1-2)', () => {
    const en = [EN[0]!, EN[1]!, 'Exports rose 12 percent last year.', 'Demand from Europe and Asia was strong.', ...EN.slice(3)];
    expect(shape(align(AR, en))).toEqual(['0|0', '1|1', '2|2,3', '3|4', '4|5', '5|6']);
  });
  it('pairs two and two when the sentence boundary moved (2-2)', () => {
    const ar = [AR[0]!, 'وقال الوزير إن الحكومة ستواصل الإصلاحات. وارتفعت الصادرات'.slice(0, -1), 'بنسبة ١٢ في المئة خلال العام الماضي بفضل الطلب القوي من أوروبا وآسيا وتراجعت الواردات بشكل طفيف.', AR[4]!];
    const en = [EN[0]!, 'The minister said the government would continue its reforms, and exports rose 12 percent last year on strong demand', 'from Europe and Asia while imports fell slightly.', EN[4]!];
    expect(shape(align(ar, en))).toEqual(['0|0', '1,2|1,2', '3|3']);
  });
  it('pairs Arabic-Indic digits with Western digits when lengths alone are ambiguous', () => {
    const ar = ['بلغ العجز ٤٫٨ في المئة.', 'بلغ النمو ٣٫٥ في المئة.'];
    const en = ['Growth reached 3.5 percent.'];
    expect(shape(align(ar, en))).toEqual(['0|', '1|0']);
  });
  it('gives every bead a score in [0,1], lower where lengths leave the pairing in doubt', () => {
    // Was the short "then he left in the evening" dropped, or merged into a neighbour's translation? Lengths
    // cannot tell and no anchor helps.
    const doubtful = align(
      ['وصل الوزير إلى المدينة صباحاً والتقى المسؤولين المحليين.', 'ثم غادر مساء.', 'وعاد اليوم التالي.'],
      ['The minister arrived in the city in the morning and met local officials.', 'He came back the next day.'],
    );
    const clear = align(AR, EN);
    for (const b of [...doubtful, ...clear]) {
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
    }
    expect(Math.min(...doubtful.map((b) => b.score))).toBeLessThan(0.6);
    expect(Math.min(...clear.map((b) => b.score))).toBeGreaterThan(0.8);
  });
  it('handles empty inputs: nothing, or every sentence unpaired', () => {
    expect(align([], [])).toEqual([]);
    expect(shape(align(['جملة.'], []))).toEqual(['0|']);
    expect(shape(align([], ['A sentence.', 'Another.']))).toEqual(['|0', '|1']);
  });
  it('uses paragraph breaks: a bead does not pair sentences of different paragraphs', () => {
    const sent = (text: string, paragraph: number) => ({ text, start: 0, end: text.length, paragraph });
    const ar = [sent(AR[1]!, 0), sent(AR[3]!, 1)];
    const en = [sent(EN[1]!, 0), sent('Imports fell slightly, the ministry said.', 1)];
    expect(shape(align(ar, en))).toEqual(['0|0', '1|1']);
  });
  it('accepts extra anchors (glossary terms as term:<id>) that pull a pair together', () => {
    const ar = ['قال الوزير ذلك.', 'وصل المبعوث.'];
    const en = ['The envoy arrived.'];
    const term = (text: string): string[] => (/المبعوث|envoy/u.test(text) ? ['term:envoy'] : []);
    expect(shape(align(ar, en, { anchors: [term] }))).toEqual(['0|', '1|0']);
  });
});

describe('align at scale', () => {
  const arabic = (k: number): string => `قال المتحدث إن الاجتماع رقم ${k} ناقش ${'الموازنة والإصلاحات '.repeat(1 + (k % 5))}بالتفصيل.`;
  const english = (k: number): string => `The spokesman said meeting number ${k} discussed ${'the budget and reforms '.repeat(1 + (k % 5))}in detail.`;
  it('searches in a band and still finds an omission far from the diagonal start (1,200 sentences)', () => {
    const ar = Array.from({ length: 1200 }, (_, k) => arabic(k));
    const en = ar.map((_, k) => english(k)).filter((_, k) => k < 500 || k >= 540);
    const beads = align(ar, en, { band: 8 });
    const unpaired = beads.filter((b) => b.target.length === 0).flatMap((b) => b.source);
    expect(unpaired).toEqual(Array.from({ length: 40 }, (_, k) => 500 + k));
    expect(beads.filter((b) => b.source.length === 1 && b.target.length === 1)).toHaveLength(1160);
  });
});

describe('align properties', () => {
  const sentence = fc.string({ minLength: 1, maxLength: 60 });
  it('beads cover every sentence of both sides exactly once, in order, with scores in [0,1]', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 40 }), fc.array(sentence, { maxLength: 40 }), fc.constantFrom(undefined, 2, 5), (src, tgt, band) => {
        const beads = align(src, tgt, band === undefined ? {} : { band });
        expect(beads.flatMap((b) => b.source)).toEqual(src.map((_, i) => i));
        expect(beads.flatMap((b) => b.target)).toEqual(tgt.map((_, j) => j));
        for (const b of beads) {
          expect(b.source.length + b.target.length).toBeGreaterThan(0);
          expect(b.score).toBeGreaterThanOrEqual(0);
          expect(b.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
