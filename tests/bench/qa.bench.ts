/**
 * QA benchmarks: a generated 5,000-entry glossary over a generated 10,000-row document.
 * - qa.index5k.ms: building the glossary index (median of 5).
 * - qa.10k.ms: runQa with every check over the whole document, index prebuilt (median of 3).
 * - qa.10k.cpu.ms: the CPU time of those runs (median), less sensitive than wall time to a busy machine.
 * - qa.10k.peakMB: the process's peak resident memory after those runs.
 */
import { GlossaryIndex } from '../../app/core/glossary/index';
import type { GlossaryEntry, Row } from '../../app/core/project/model';
import { runQa } from '../../app/core/qa/run';
import { median, round, type Bench } from './bench';

import { seeded as prng } from '../fixtures/seeded';

const AR_LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهويءأإآة';
const EN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function word(rnd: () => number, letters: string, min: number, max: number): string {
  const n = min + Math.floor(rnd() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += letters[Math.floor(rnd() * letters.length)];
  return w;
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

export function generate(entries: number, rows: number, seed = 7): { glossary: GlossaryEntry[]; rows: Row[] } {
  const rnd = prng(seed);
  const glossary: GlossaryEntry[] = [];
  for (let i = 0; i < entries; i++) {
    const words = rnd() < 0.7 ? 1 : rnd() < 0.7 ? 2 : 3;
    const source = Array.from({ length: words }, () => word(rnd, AR_LETTERS, 3, 7)).join(' ');
    const targets = Array.from({ length: rnd() < 0.2 ? 2 : 1 }, () => Array.from({ length: words }, () => word(rnd, EN_LETTERS, 3, 9)).join(' '));
    const forbidden = rnd() < 0.1 ? [word(rnd, EN_LETTERS, 4, 8)] : [];
    glossary.push({ id: `g${i}`, source, targets, forbidden });
  }
  const fillerAr = Array.from({ length: 3000 }, () => word(rnd, AR_LETTERS, 2, 8));
  const fillerEn = Array.from({ length: 3000 }, () => word(rnd, EN_LETTERS, 2, 9));
  const prefixes = ['', '', '', 'و', 'ب', 'ال', 'لل', 'وال', 'فال'];
  const numbersAr = ['15 ألفاً', 'أربعمئة وخمسة وعشرون مليون', '١٧', 'عشرين', 'ألفين وستمئة وثمانين'];
  const numbersEn = ['15,000', '425 million', '17', 'twenty', '2,680'];
  const out: Row[] = [];
  for (let r = 0; r < rows; r++) {
    const src: string[] = [];
    const tgt: string[] = [];
    for (let k = 0; k < 18; k++) {
      src.push(pick(rnd, fillerAr));
      tgt.push(pick(rnd, fillerEn));
      if (rnd() < 0.15) {
        const e = pick(rnd, glossary);
        src.push(pick(rnd, prefixes) + e.source);
        tgt.push(rnd() < 0.9 ? pick(rnd, e.targets) : e.forbidden[0] ?? 'nothing');
      }
      if (rnd() < 0.03) {
        const n = Math.floor(rnd() * numbersAr.length);
        src.push(numbersAr[n]!);
        tgt.push(rnd() < 0.9 ? numbersEn[n]! : '99');
      }
    }
    const target = rnd() < 0.02 ? '' : tgt.join(rnd() < 0.01 ? '  ' : ' ') + '.';
    out.push({ id: `r${r}`, source: [src.join(' ') + '.'], target, state: 'translated', score: null, paragraph: 0 });
  }
  return { glossary, rows: out };
}

export const benches: Bench[] = [
  {
    metrics: ['qa.index5k.ms', 'qa.10k.ms', 'qa.10k.cpu.ms', 'qa.10k.peakMB'],
    async run() {
      const { glossary, rows } = generate(5000, 10000);
      const buildTimes: number[] = [];
      let index = new GlossaryIndex(glossary);
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        index = new GlossaryIndex(glossary);
        buildTimes.push(performance.now() - t0);
      }
      const qaTimes: number[] = [];
      const cpuTimes: number[] = [];
      let issues = 0;
      for (let i = 0; i < 3; i++) {
        // A fresh index each time, so no run profits from the word memory of the one before.
        index = new GlossaryIndex(glossary);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        issues = runQa(rows, glossary, { index }).length;
        qaTimes.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpuTimes.push((c.user + c.system) / 1000);
      }
      if (issues === 0) throw new Error('qa bench: the generated document produced no issues; the bench is not exercising the checks');
      return [
        { metric: 'qa.index5k.ms', value: round(median(buildTimes)), unit: 'ms' },
        { metric: 'qa.10k.ms', value: round(median(qaTimes)), unit: 'ms' },
        { metric: 'qa.10k.cpu.ms', value: round(median(cpuTimes)), unit: 'ms' },
        { metric: 'qa.10k.peakMB', value: round(process.resourceUsage().maxRSS / 1024), unit: 'MB' },
      ];
    },
  },
];
