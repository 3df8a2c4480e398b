import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../../app/host/errors';
import { importInWorker } from '../../../../app/host/formats/import-worker';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';
import { sampleProject } from '../../core/formats/sample';

import { fileURLToPath } from 'node:url';

// The worker runs the TypeScript module through tsx's require hook.
const script = `require('tsx/cjs'); require(${JSON.stringify(fileURLToPath(new URL('../../../../app/host/formats/import-worker.ts', import.meta.url)))});`;
const dir = mkdtempSync(join(tmpdir(), 'qalam-import-worker-'));

describe('importInWorker', () => {
  it('parses the file in a worker thread and returns the project', async () => {
    const f = join(dir, 'p.xlf');
    writeFileSync(f, writeXliff2(sampleProject()));
    expect(await importInWorker(script, f, {}, { eval: true })).toEqual(sampleProject());
  });

  it('the work happens in the worker: a worker script that does not serve gives an error, not a project', async () => {
    const f = join(dir, 'p2.xlf');
    writeFileSync(f, writeXliff2(sampleProject()));
    await expect(importInWorker('', f, {}, { eval: true })).rejects.toThrow(/stopped without an answer/);
  });

  it('brings a user error back as a HostError with its code', async () => {
    const f = join(dir, 'bad.xlf');
    writeFileSync(f, '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
    const e = await importInWorker(script, f, {}, { eval: true }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).code).toBe('doctype');
  });
});
