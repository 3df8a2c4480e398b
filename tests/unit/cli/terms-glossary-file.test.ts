import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGlossaryFile } from '../../../app/cli/glossary-file';

const dir = mkdtempSync(join(tmpdir(), 'qalam-glossary-'));

describe('loadGlossaryFile', () => {
  it('loads the seed glossary TSV', async () => {
    const { entries, problems } = await loadGlossaryFile(fileURLToPath(new URL('../../fixtures/glossary/seed-glossary.tsv', import.meta.url)));
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ source: 'داعش', targets: ['ISIS', 'Daesh'], forbidden: ['Islamic State'] });
    expect(entries.length).toBeGreaterThanOrEqual(10);
  });
  it('loads a CSV and reports bad rows by line', async () => {
    const f = join(dir, 'g.csv');
    writeFileSync(f, 'source,target\nلندن,London\n,orphan\n');
    const { entries, problems } = await loadGlossaryFile(f);
    expect(entries.map((e) => e.targets[0])).toEqual(['London']);
    expect(problems).toEqual([{ line: 3, message: 'no source term' }]);
  });
  it('names the file and line when nothing can be read', async () => {
    const f = join(dir, 'bad.tsv');
    writeFileSync(f, 'term only\nx\n');
    await expect(loadGlossaryFile(f)).rejects.toThrow(/bad\.tsv:1: the header row needs a "source" and a "target" column/);
  });
  it('refuses an unknown file type', async () => {
    await expect(loadGlossaryFile(join(dir, 'g.xlsx'))).rejects.toThrow(/g\.xlsx: unknown glossary type "\.xlsx"/);
  });
});

describe('loadGlossaryFile: TBX', () => {
  it('reads the seed glossary as TBX with the same entries as the TSV', async () => {
    const tsv = await loadGlossaryFile(fileURLToPath(new URL('../../fixtures/glossary/seed-glossary.tsv', import.meta.url)));
    const tbx = await loadGlossaryFile(fileURLToPath(new URL('../../fixtures/glossary/seed-glossary.tbx', import.meta.url)));
    expect(tbx.problems).toEqual([]);
    expect(tbx.entries.map((e) => [e.source, e.targets, e.forbidden])).toEqual(tsv.entries.map((e) => [e.source, e.targets, e.forbidden]));
  });
  it('a damaged TBX is a HostError naming the file and the line', async () => {
    const f = join(dir, 'bad.tbx');
    writeFileSync(f, '<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text>\n</tbx>');
    await expect(loadGlossaryFile(f)).rejects.toThrow(/bad\.tbx.*line/);
  });
});
