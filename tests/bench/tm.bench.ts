/**
 * Translation memory benchmarks:
 *   tm.lookup100k.p95Ms: 95th percentile time of one fuzzy lookup (min 70) in a 100,000-unit TM, over 300
 *     queries (near variants of stored sentences and new sentences);
 *   tm.add10k.ms: adding 10,000 units to a TM file and saving it (atomic write);
 *   tm.open100k.ms: opening a saved 100,000-unit TM file (read, index).
 * The `…cpuMs` twins measure the process's CPU time for the same work: on a machine shared with other jobs
 * the wall times above include waiting for a core, the CPU times do not.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TmStore } from '../../app/host/tm/tm-store';
import { nearVariant, syntheticCorpus } from '../fixtures/tm/synthetic-corpus';
import { round, type Bench } from './bench';

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

export const benches: Bench[] = [
  {
    metrics: ['tm.add10k.ms', 'tm.add10k.cpuMs'],
    async run() {
      const dir = await mkdtemp(join(tmpdir(), 'qalam-tm-bench-'));
      try {
        const { units } = syntheticCorpus(10_000, 11);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const store = await TmStore.open(join(dir, 'tm.sqlite'));
        store.add(units);
        await store.save();
        const ms = performance.now() - t0;
        const cpu = cpuMs(c0);
        store.close();
        return [
          { metric: 'tm.add10k.ms', value: round(ms), unit: 'ms' },
          { metric: 'tm.add10k.cpuMs', value: round(cpu), unit: 'ms' },
        ];
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
  {
    metrics: ['tm.lookup100k.p95Ms', 'tm.lookup100k.p95CpuMs', 'tm.open100k.ms'],
    async run() {
      const dir = await mkdtemp(join(tmpdir(), 'qalam-tm-bench-'));
      try {
        const corpus = syntheticCorpus(100_000, 7);
        const file = join(dir, 'tm.sqlite');
        const build = await TmStore.open(file);
        build.add(corpus.units);
        await build.save();
        build.close();
        const t0 = performance.now();
        const store = await TmStore.open(file);
        const openMs = performance.now() - t0;
        const queries: string[] = [];
        for (let i = 0; i < 200; i++) queries.push(nearVariant(corpus.units[Math.floor(corpus.random() * corpus.units.length)]!.source, corpus.random));
        for (let i = 0; i < 100; i++) queries.push(corpus.sentence());
        for (const q of queries.slice(0, 20)) store.lookup({ source: q }); // warm-up (JIT)
        const times: number[] = [];
        const cpu: number[] = [];
        for (const q of queries) {
          const c = process.cpuUsage();
          const t = performance.now();
          store.lookup({ source: q }, { minScore: 70 });
          times.push(performance.now() - t);
          cpu.push(cpuMs(c));
        }
        store.close();
        return [
          { metric: 'tm.lookup100k.p95Ms', value: round(percentile(times, 95), 2), unit: 'ms' },
          { metric: 'tm.lookup100k.p95CpuMs', value: round(percentile(cpu, 95), 2), unit: 'ms' },
          { metric: 'tm.open100k.ms', value: round(openMs), unit: 'ms' },
        ];
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
];
