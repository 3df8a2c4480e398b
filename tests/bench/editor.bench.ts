/**
 * `npm run bench -- editor`: the workbench in Chromium on a generated 10,000-sentence project.
 * - editor.open10k.firstRowsMs: from choosing File → Open to the new project's first rows on screen;
 * - editor.keystroke.p95Ms: keystroke in the active row's English to the next painted frame (60 keys);
 * - editor.scroll10k.ms: scrolling the grid from top to bottom in 100 jumps, each painted (a fresh screen of rows
 *   per jump, as when a translator drags the scrollbar);
 * - editor.heapMB: the renderer's JS heap after opening and scrolling.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench } from './bench';
import { round } from './bench';
import { startWebHost } from '../../app/host/web/server';
import { chromiumBinary } from '../../main/electron-binary';
import { largeProject } from '../fixtures/large-project';
import { CHROMIUM_ARGS } from '../e2e/chromium-args';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function run() {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const binary = chromiumBinary();
  if (!binary) throw new Error('editor bench: no Chromium found (apt-get install -y chromium)');
  const dir = mkdtempSync(join(tmpdir(), 'qalam-bench-editor-'));
  const file = join(dir, 'large.qalam');
  writeFileSync(file, JSON.stringify(largeProject(10_000)));
  const host = await startWebHost({ staticDir: join(root, 'dist', 'renderer'), dataDir: join(dir, 'data') });
  const browser = await chromium.launch({ executablePath: binary, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 860 } })).newPage();
    await page.goto(host.url);
    await page.locator('.grid-row').first().waitFor();
    host.pickQueue.push(file);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByTestId('project-name').filter({ hasText: 'Generated news' }).waitFor();
    await page.locator('.grid-row').first().waitFor();
    const firstRows = Date.now() - t0;

    await page.locator('.grid-row[data-row-index="0"] [data-testid="target-cell"]').click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      window.addEventListener('keydown', () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - start), 0));
      }, true);
    });
    for (const ch of ' and the talks went on for hours, said the spokesman afterwards.') await page.keyboard.type(ch, { delay: 30 });
    await page.waitForTimeout(300);
    const lat = (await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat)).sort((a, b) => a - b);
    const p95 = lat[Math.min(lat.length - 1, Math.floor(lat.length * 0.95))]!;

    const scrollMs = await page.evaluate(async () => {
      const body = document.querySelector<HTMLElement>('.grid-body')!;
      body.scrollTop = 0;
      const start = performance.now();
      for (let k = 1; k <= 100; k++) {
        // The total height grows as rows are measured, so each jump aims at k% of the current height.
        body.scrollTop = ((body.scrollHeight - body.clientHeight) * k) / 100;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
      return performance.now() - start;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return [
      { metric: 'editor.open10k.firstRowsMs', value: firstRows, unit: 'ms' as const },
      { metric: 'editor.keystroke.p95Ms', value: round(p95), unit: 'ms' as const },
      { metric: 'editor.scroll10k.ms', value: round(scrollMs), unit: 'ms' as const },
      { metric: 'editor.heapMB', value: round(usedSize / 1024 / 1024), unit: 'MB' as const },
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}

export const benches: Bench[] = [
  { metrics: ['editor.open10k.firstRowsMs', 'editor.keystroke.p95Ms', 'editor.scroll10k.ms', 'editor.heapMB'], run },
];
