import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../../app/host/errors';
import { exportProject } from '../../../../app/host/formats/export';
import { importFile } from '../../../../app/host/formats/import';
import { readExchangeFile } from '../../../../app/host/formats/read-exchange-file';
import { sampleProject } from '../../core/formats/sample';

const dir = mkdtempSync(join(tmpdir(), 'qalam-formats-'));

async function hostError(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error('expected a HostError');
}

describe('exportProject', () => {
  it('writes a .docx whose paragraphs are the English paragraphs of the source', async () => {
    const bytes = (await exportProject(sampleProject(), 'docx')) as Uint8Array;
    expect(bytes[0]).toBe(0x50); // "PK": a zip container
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value.split('\n').filter((l) => l.trim() !== '')).toEqual([
      'The Security Council held an emergency session on Monday. The envoy called the situation serious, adding that fifteen states backed the resolution.',
      'The Secretary-General announced a new plan (Reuters)',
    ]);
  });

  it('turns a broken inline code into a HostError naming the project and the unit', async () => {
    const p = sampleProject();
    p.rows[2]!.target = '\ue001broken\ue000';
    const e = await hostError(exportProject(p, 'xliff12'));
    expect(e.message).toMatch(/^sample: unit r3: inline code/);
  });

  it('xliff21 includes the glossary terms found in each unit', async () => {
    const x = (await exportProject(sampleProject(), 'xliff21')) as string;
    expect(x).toContain('<gls:term source="qalam-glossary">مجلس الأمن</gls:term>');
  });
});

describe('importFile', () => {
  it('refuses a file over the size limit before reading it, giving both sizes', async () => {
    const f = join(dir, 'big.xlf');
    writeFileSync(f, '<xliff>' + ' '.repeat(300_000) + '</xliff>');
    const e = await hostError(importFile(f, { maxBytes: 100_000 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/big\.xlf: the file is too large to open \(0\.29 MB; the limit is 0\.10 MB\)/);
  });

  it('refuses an XXE file with the file, line and column and never reads the target file', async () => {
    const f = join(dir, 'xxe.xlf');
    writeFileSync(f, '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<xliff>&x;</xliff>');
    const e = await hostError(importFile(f));
    expect(e.code).toBe('doctype');
    expect(e.message).toContain(`${f}:line 2`);
  });

  it('gives a project from another tool a new id and the import time', async () => {
    const f = join(dir, 'omegat.xlf');
    writeFileSync(f, '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="ar" target-language="en" datatype="plaintext"><body><trans-unit id="1"><source>سلام</source></trans-unit></body></file></xliff>');
    const p = await importFile(f, { now: '2026-03-01T08:00:00.000Z', id: 'new-id' });
    expect(p.id).toBe('new-id');
    expect(p.createdAt).toBe('2026-03-01T08:00:00.000Z');
    expect(p.name).toBe('omegat');
    expect(p.meta.original).toBe('a.txt');
    expect(p.rows[0]).toEqual({ id: '1', source: ['سلام'], target: '', state: 'initial', score: null, paragraph: 0 });
  });

  it('recognises a TMX by its extension', async () => {
    const f = join(dir, 'memory.tmx');
    writeFileSync(f, (await exportProject(sampleProject(), 'tmx')) as string);
    const p = await importFile(f);
    expect(p.rows.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(p.id).toBe('p-sample');
  });

  it('reports a missing file as such', async () => {
    expect((await hostError(readExchangeFile(join(dir, 'nope.xlf')))).code).toBe('not-found');
  });
});
