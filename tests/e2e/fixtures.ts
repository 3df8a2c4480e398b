/**
 * The `qalam` fixture: a running Qalam (Electron or Chromium, see target.ts) with its own empty app-data folder,
 * the page showing it, and a way to answer the next file dialogs the way a user would.
 */
import { test as base, chromium, _electron, type Page } from '@playwright/test';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chooseTarget, type Target } from './target';
import { startWebHost } from '../../app/host/web/server';
import { CHROMIUM_ARGS } from './chromium-args';

export const root = resolve(__dirname, '..', '..');
export const screenshotDir = join(root, 'tests', 'e2e', 'screenshots');

export { CHROMIUM_ARGS };

export interface QalamApp {
  target: Target['kind'];
  page: Page;
  dataDir: string;
  /** A fresh folder for the test's own files. */
  workDir: string;
  /** The next file dialogs answer these paths in order (null = the user cancels). */
  answerDialogs(paths: (string | null)[]): Promise<void>;
  /** Reloads the UI as a restart would, keeping the app-data folder. */
  restart(): Promise<void>;
  /** Ends the app abruptly (no save, no unload handlers) and starts it again on the same app-data folder. */
  crashAndRestart(): Promise<void>;
}

export const test = base.extend<{ qalam: QalamApp; dataDirOverride: string | undefined }>({
  dataDirOverride: [undefined, { option: true }],
  qalam: async ({ dataDirOverride }, use) => {
    const target = chooseTarget();
    const dataDir = dataDirOverride ?? mkdtempSync(join(tmpdir(), 'qalam-e2e-data-'));
    const workDir = mkdtempSync(join(tmpdir(), 'qalam-e2e-work-'));
    mkdirSync(screenshotDir, { recursive: true });
    if (target.kind === 'electron') {
      const launch = () => _electron.launch({ executablePath: target.binary, args: [root], env: { ...process.env, QALAM_HOME: dataDir } });
      let app = await launch();
      let page = await app.firstWindow();
      const queue: (string | null)[] = [];
      const installDialogs = async (): Promise<void> => {
        await app.evaluate(({ dialog }, answers: (string | null)[]) => {
          const next = (): string | null => (answers.length ? (answers.shift() ?? null) : null);
          dialog.showOpenDialog = (async () => {
            const p = next();
            return { canceled: p === null, filePaths: p ? [p] : [] };
          }) as typeof dialog.showOpenDialog;
          dialog.showSaveDialog = (async () => {
            const p = next();
            return { canceled: p === null, filePath: p ?? '' };
          }) as typeof dialog.showSaveDialog;
        }, queue);
      };
      const qalam: QalamApp = {
        target: 'electron',
        page,
        dataDir,
        workDir,
        async answerDialogs(paths) {
          queue.push(...paths);
          await installDialogs();
          queue.length = 0;
        },
        async restart() {
          await app.close();
          app = await launch();
          page = await app.firstWindow();
          qalam.page = page;
        },
        async crashAndRestart() {
          app.process().kill('SIGKILL');
          app = await launch();
          page = await app.firstWindow();
          qalam.page = page;
        },
      };
      await use(qalam);
      await app.close();
      return;
    }
    const host = await startWebHost({ staticDir: join(root, 'dist', 'renderer'), dataDir });
    const browser = await chromium.launch({ executablePath: target.binary, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'en-GB' });
    const page = await context.newPage();
    context.on('page', (p) => p.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`)));
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
    await page.goto(host.url);
    const qalam: QalamApp = {
      target: 'chromium',
      page,
      dataDir,
      workDir,
      async answerDialogs(paths) {
        host.pickQueue.push(...paths);
      },
      async restart() {
        await qalam.page.reload();
      },
      async crashAndRestart() {
        await qalam.page.close({ runBeforeUnload: false });
        qalam.page = await context.newPage();
        await qalam.page.goto(host.url);
      },
    };
    await use(qalam);
    await browser.close();
    await host.close();
  },
});

export { expect } from '@playwright/test';
