/**
 * Exchange-format benchmarks: export and import of a 100,000-row project as XLIFF 2.1, XLIFF 1.2 and TMX.
 * Each measurement runs in a fresh child process so its peak memory (max RSS, including the project and the
 * file text the operation starts from) is its own. Times are the median of three runs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Project, Row } from '../../app/core/project/model';
import { readXliff } from '../../app/core/formats/xliff-read';
import { writeXliff12 } from '../../app/core/formats/xliff12-write';
import { writeXliff2 } from '../../app/core/formats/xliff2-write';
import { readTmx } from '../../app/core/formats/tmx-read';
import { writeTmx } from '../../app/core/formats/tmx-write';
import { type Bench, type Measurement, median, round } from './bench';

const ROWS = 100_000;
const RUNS = 3;
const OPS = ['xliff21.export', 'xliff21.import', 'xliff12.export', 'xliff12.import', 'tmx.export', 'tmx.import'] as const;
type Op = (typeof OPS)[number];

const AR = ['أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني', 'وقال الوزير إن الإصلاحات ستبدأ في الربع الأول من العام المقبل', 'وأضاف أن البرلمان سيناقش مشروع القانون الأسبوع القادم؟'];
const EN = ['The government announced a new plan today to support the national economy', 'The minister said the reforms would begin in the first quarter of next year', 'He added that parliament would debate the bill next week?'];

function project(): Project {
  const rows: Row[] = [];
  for (let i = 0; i < ROWS; i++) {
    const k = i % 3;
    const row: Row = { id: `r${i}`, source: [`${AR[k]} (${i}).`], target: `${EN[k]} (${i}).`, state: i % 4 === 0 ? 'final' : 'translated', score: (i % 100) / 100, paragraph: Math.floor(i / 5) };
    if (i % 10 === 0) {
      row.source = [`\ue000${AR[k]}\ue001 (${i}).\ue002`];
      row.target = `\ue000${EN[k]}\ue001 (${i}).\ue002`;
      row.codes = [
        { id: '1', kind: 'open', original: '<pc id="1">' },
        { id: '1', kind: 'close', original: '</pc>' },
        { id: '2', kind: 'standalone', original: '<ph id="2"/>' },
      ];
    }
    if (i % 20 === 0) row.notes = [{ text: 'Check the figure against the original.', author: 'reviewer' }];
    rows.push(row);
  }
  return {
    format: 'qalam-project', version: 1, id: 'bench', name: 'bench', sourceLang: 'ar', targetLang: 'en',
    createdAt: '2026-01-01T00:00:00Z', modifiedAt: '2026-01-01T00:00:00Z', rows, glossary: [], qaIgnores: [], meta: {},
  };
}

/** Runs one operation RUNS times in this process; returns the median time and the peak RSS. */
function child(op: Op): { ms: number; cpuMs: number; peakMB: number } {
  const p = project();
  const write = op.startsWith('xliff21') ? () => writeXliff2(p) : op.startsWith('xliff12') ? () => writeXliff12(p) : () => writeTmx(p, { rows: 'all' });
  const input = op.endsWith('import') ? write() : '';
  const opts = { file: 'bench', now: '2026-01-01T00:00:00Z', id: 'bench' };
  const times: number[] = [];
  const cpu: number[] = [];
  let check = 0;
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    if (op.endsWith('export')) check += write().length;
    else check += (op.startsWith('tmx') ? readTmx(input, opts) : readXliff(input, opts)).rows.length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  if (check === 0) throw new Error('nothing was produced');
  return { ms: median(times), cpuMs: median(cpu), peakMB: process.resourceUsage().maxRSS / 1024 };
}

const self = fileURLToPath(import.meta.url);

export const benches: Bench[] = OPS.map((op) => ({
  metrics: [`${op}100k.ms`, `${op}100k.cpuMs`, `${op}100k.peakMB`],
  async run(): Promise<Measurement[]> {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self], { env: { ...process.env, QALAM_BENCH_OP: op }, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`bench ${op} failed: ${r.stderr}`);
    const { ms, cpuMs, peakMB } = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; cpuMs: number; peakMB: number };
    return [
      { metric: `${op}100k.ms`, value: round(ms), unit: 'ms' },
      // CPU time (all threads, GC included): less distorted than wall time when the machine is shared.
      { metric: `${op}100k.cpuMs`, value: round(cpuMs), unit: 'ms' },
      { metric: `${op}100k.peakMB`, value: round(peakMB), unit: 'MB' },
    ];
  },
}));

const op = process.env.QALAM_BENCH_OP as Op | undefined;
if (op && OPS.includes(op) && process.argv[1] === self) process.stdout.write(JSON.stringify(child(op)) + '\n');
