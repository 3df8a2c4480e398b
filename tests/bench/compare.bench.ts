/**
 * `npm run bench -- compare`: comparing two versions of a generated 10,000-row project, where the other version has
 * every 10th English sentence reworded, every 200th row deleted and every 50th status changed (about 1,300 rows differ).
 * - compare.read10k.ms: reading the other version's .qalam through readProjectForCompare (median of 5);
 * - compare.core10k.ms / compare.core10k.cpu.ms: compareProjects as the view runs it, pairing rows and finding what
 *   differs (the view diffs the English in Monaco, so the word diff is left out) (median of 5);
 * - compare.view10k.ms: in Chromium, from clicking "Compare with…" to the first difference's English in Monaco's
 *   diff editor (median of 3, the view closed with Esc between runs).
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Project } from '../../app/core/project/model';
import { compareProjects } from '../../app/core/review/compare';
import { readProjectForCompare } from '../../app/host/read-for-compare';
import { serializeProject } from '../../app/host/project-file';
import { startWebHost } from '../../app/host/web/server';
import { chromiumBinary } from '../../main/electron-binary';
import { CHROMIUM_ARGS } from '../e2e/chromium-args';
import { largeProject } from '../fixtures/large-project';
import { median, round, type Bench } from './bench';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The other version: some English reworded, some rows gone, some statuses back to translated. */
function otherVersion(p: Project): Project {
  const rows = p.rows
    .map((r, i) => (i % 10 === 3 ? { ...r, target: `${r.target} (draft wording)` } : i % 50 === 7 ? { ...r, state: 'translated' as const } : r))
    .filter((_, i) => i % 200 !== 11);
  return { ...p, rows };
}

function files(): { dir: string; current: Project; otherFile: string; currentFile: string } {
  const current = largeProject(10_000);
  const dir = mkdtempSync(join(tmpdir(), 'qalam-bench-compare-'));
  const otherFile = join(dir, 'other.qalam');
  const currentFile = join(dir, 'current.qalam');
  writeFileSync(otherFile, serializeProject(otherVersion(current)));
  writeFileSync(currentFile, serializeProject(current));
  return { dir, current, otherFile, currentFile };
}

async function core() {
  const { current, otherFile } = files();
  const reads: number[] = [];
  let other: Project | null = null;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    other = await readProjectForCompare(otherFile);
    reads.push(performance.now() - t0);
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  let differences = 0;
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    differences = compareProjects(other!, current, { targetDiff: false }).length;
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  if (differences < 1000) throw new Error(`compare bench: only ${differences} differences`);
  return [
    { metric: 'compare.read10k.ms', value: round(median(reads)), unit: 'ms' as const },
    { metric: 'compare.core10k.ms', value: round(median(wall)), unit: 'ms' as const },
    { metric: 'compare.core10k.cpu.ms', value: round(median(cpu)), unit: 'ms' as const },
  ];
}

async function view() {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const binary = chromiumBinary();
  if (!binary) throw new Error('compare bench: no Chromium found (apt-get install -y chromium)');
  const { dir, otherFile, currentFile } = files();
  const host = await startWebHost({ staticDir: join(root, 'dist', 'renderer'), dataDir: join(dir, 'data') });
  const browser = await chromium.launch({ executablePath: binary, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 860 } })).newPage();
    await page.goto(host.url);
    await page.locator('.grid-row').first().waitFor();
    host.pickQueue.push(currentFile);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('project-name').filter({ hasText: 'Generated news' }).waitFor();
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      host.pickQueue.push(otherFile);
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Compare with…' }).click();
      await page.getByTestId('compare-item').first().waitFor();
      await page.locator('[data-testid="compare-diff"] .editor.original .view-lines').filter({ hasText: 'draft wording' }).waitFor();
      times.push(Date.now() - t0);
      await page.keyboard.press('Escape');
      await page.getByTestId('compare-view').waitFor({ state: 'detached' });
    }
    return [{ metric: 'compare.view10k.ms', value: median(times), unit: 'ms' as const }];
  } finally {
    await browser.close();
    await host.close();
  }
}

export const benches: Bench[] = [
  { metrics: ['compare.read10k.ms', 'compare.core10k.ms', 'compare.core10k.cpu.ms'], run: core },
  { metrics: ['compare.view10k.ms'], run: view },
];
