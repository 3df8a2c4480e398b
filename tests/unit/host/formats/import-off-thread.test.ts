import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppData } from '../../../../app/host/app-data';
import { importFile } from '../../../../app/host/formats/import';
import { IMPORT_WORKER_BUNDLE, importProjectInWorker } from '../../../../app/host/formats/import-worker';
import { createHostApi, dispatch } from '../../../../app/host/services';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';
import type { Project, Row } from '../../../../app/core/project/model';
import { sampleProject } from '../../core/formats/sample';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qalam-import-off-thread-'));
const bundle = join(dir, IMPORT_WORKER_BUNDLE);

function bigProject(rows: number): Project {
  const p = sampleProject();
  const out: Row[] = [];
  for (let i = 0; i < rows; i++) {
    out.push({ id: `r${i}`, source: [`أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني (${i}).`], target: `The government announced a new plan (${i}).`, state: 'translated', score: 0.5, paragraph: i });
  }
  p.rows = out;
  return p;
}

/** Runs `work` while a 5 ms timer ticks; returns how long the longest wait between ticks was, and the total time. */
async function eventLoopGap(work: () => Promise<unknown>): Promise<{ gap: number; total: number }> {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 5);
  const t0 = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  gap = Math.max(gap, performance.now() - last);
  return { gap, total: performance.now() - t0 };
}

describe('import off the main thread', () => {
  beforeAll(async () => {
    // The worker entry exactly as the build bundles it: no TypeScript loader in the worker.
    await build({ entryPoints: [join(root, 'app/host/formats/import-worker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
  });

  it('Electron main serves importProject from the worker bundle, which the build writes next to main.cjs', () => {
    const main = readFileSync(join(root, 'main/main.ts'), 'utf8');
    expect(main).toMatch(/api\.importProject = importProjectInWorker\(join\(__dirname, IMPORT_WORKER_BUNDLE\)\)/);
    const buildScript = readFileSync(join(root, 'app/cli/build.mjs'), 'utf8');
    expect(buildScript).toContain(`{ entryPoints: ['app/host/formats/import-worker.ts'], outfile: 'dist/main/${IMPORT_WORKER_BUNDLE}' }`);
    expect(buildScript).toMatch(/entryPoints: \['main\/main\.ts'\], outfile: 'dist\/main\/main\.cjs'/);
  });

  it('the bundled worker reads a file into the same project as importFile', async () => {
    const f = join(dir, 'sample.xlf');
    writeFileSync(f, writeXliff2(sampleProject()));
    const opened = await importProjectInWorker(bundle)({ path: f });
    expect(opened).toEqual({ path: null, project: await importFile(f) });
  });

  it('keeps the event loop of the calling process free while a large file is parsed', async () => {
    const f = join(dir, 'big.xlf');
    writeFileSync(f, writeXliff2(bigProject(40_000)));
    const inProcess = await eventLoopGap(() => importFile(f));
    const inWorker = await eventLoopGap(() => importProjectInWorker(bundle)({ path: f }));
    // In process, the parse holds the event loop for most of the import; in the worker only the hand-over does.
    expect(inProcess.gap).toBeGreaterThan(inProcess.total * 0.4);
    expect(inWorker.gap).toBeLessThan(inProcess.gap / 2);
  });

  it('errors from the worker still name the file, line and column, through the contract', async () => {
    const api = createHostApi({ appData: new AppData(join(dir, 'data')), pickFile: async () => null });
    api.importProject = importProjectInWorker(bundle);
    const f = join(dir, 'broken.xlf');
    writeFileSync(f, '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en">\n  <file id="f1"><unit id="u1"></file>\n</xliff>');
    const reply = await dispatch(api, 'importProject', { path: f });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('malformed');
    expect(reply.error.file).toBe(f);
    expect(reply.error.message).toBe(`${f}:line 3, column 31: the end tag </file> does not match <unit>`);
  });
});
