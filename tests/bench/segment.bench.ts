/** `segment.10k.ms`: cutting a 10,000-sentence Arabic news text into sentences (in process, median of 5). */
import type { Bench } from './bench';
import { median, round } from './bench';
import { segment } from '../../app/core/text/segment';
import { newsCorpus } from '../unit/core/align/news-generator';

export const benches: Bench[] = [
  {
    metrics: ['segment.10k.ms'],
    async run() {
      const { ar } = newsCorpus(10_000);
      const times: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t = performance.now();
        const n = segment(ar, 'ar').length;
        times.push(performance.now() - t);
        if (n !== 10_000) throw new Error(`segment bench: expected 10000 sentences, got ${n}`);
      }
      return [{ metric: 'segment.10k.ms', value: round(median(times)), unit: 'ms' }];
    },
  },
];
