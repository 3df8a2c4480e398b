/**
 * `align.1k.ms`, `align.10k.ms`, `align.10k.peakMB`: the whole `node dist/qalam.cjs align` process on
 * generated news-like texts (1,000 and 10,000 sentences a side, seeded, written to a temp folder). Wall
 * time is the median of 3 runs; peak memory is the process's maximum resident set size as reported by
 * GNU time (`/usr/bin/time -f %M`), or, without it, by `process.resourceUsage()` in a script preloaded
 * into the CLI process (`node --require`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, Measurement } from './bench';
import { median, round } from './bench';
import { newsCorpus } from '../unit/core/align/news-generator';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'qalam.cjs');

function build(): void {
  execFileSync(process.execPath, [join(root, 'app', 'cli', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}

function corpus(dir: string, count: number): [string, string] {
  const c = newsCorpus(count);
  const ar = join(dir, `news-${count}.ar.txt`);
  const en = join(dir, `news-${count}.en.txt`);
  writeFileSync(ar, c.ar);
  writeFileSync(en, c.en);
  return [ar, en];
}

/** A preload script that prints the process's peak RSS (KB) and CPU seconds on stderr at exit. */
function usageReporter(): string {
  const file = join(tmpdir(), 'qalam-bench-usage.cjs');
  writeFileSync(
    file,
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n' + u.maxRSS + ' ' + u.userCPUTime / 1e6 + ' ' + u.systemCPUTime / 1e6 + '\\n'); });\n",
  );
  return file;
}

/** Runs `qalam align` once; returns wall and CPU (user + system) milliseconds and peak RSS in MB. */
function runAlign(ar: string, en: string): { ms: number; cpuMs: number; peakMB: number } {
  const gnuTime = '/usr/bin/time';
  const t = performance.now();
  const res = existsSync(gnuTime)
    ? spawnSync(gnuTime, ['-f', '%M %U %S', process.execPath, cli, 'align', ar, en], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, ['--require', usageReporter(), cli, 'align', ar, en], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (res.status !== 0) throw new Error(`qalam align failed: ${res.stderr}`);
  const [kb = NaN, user = NaN, sys = NaN] = (res.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, peakMB: kb / 1024 };
}

export const benches: Bench[] = [
  {
    metrics: ['align.1k.ms', 'align.10k.ms', 'align.10k.peakMB', 'align.10k.cpu.ms'],
    async run() {
      build();
      const dir = mkdtempSync(join(tmpdir(), 'qalam-align-bench-'));
      try {
        const out: Measurement[] = [];
        const [ar1, en1] = corpus(dir, 1_000);
        out.push({ metric: 'align.1k.ms', value: round(median([0, 1, 2].map(() => runAlign(ar1, en1).ms))), unit: 'ms' });
        const [ar10, en10] = corpus(dir, 10_000);
        const runs = [0, 1, 2].map(() => runAlign(ar10, en10));
        out.push({ metric: 'align.10k.ms', value: round(median(runs.map((r) => r.ms))), unit: 'ms' });
        // CPU time too: on a shared machine wall time also measures the other processes.
        out.push({ metric: 'align.10k.cpu.ms', value: round(median(runs.map((r) => r.cpuMs))), unit: 'ms' });
        out.push({ metric: 'align.10k.peakMB', value: round(Math.max(...runs.map((r) => r.peakMB))), unit: 'MB' });
        return out;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
