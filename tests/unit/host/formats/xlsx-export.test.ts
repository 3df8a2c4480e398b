import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../app/cli/main';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS as UI_FORMATS } from '../../../../app/contract/api';
import { rowCells } from '../../../../app/core/formats/table';
import { XLSX_PARTS, xlsxParts } from '../../../../app/core/formats/xlsx';
import { EXPORT_FORMATS, exportProject } from '../../../../app/host/formats/export';
import { sampleProject } from '../../core/formats/sample';
import { sharedStrings, sheetRows } from '../../core/formats/xlsx-read';

const dir = mkdtempSync(join(tmpdir(), 'qalam-xlsx-'));

describe('.xlsx export', () => {
  it('is a zip holding exactly the SpreadsheetML parts, each as written', async () => {
    const bytes = (await exportProject(sampleProject(), 'xlsx')) as Uint8Array;
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual([...XLSX_PARTS].sort());
    const parts = xlsxParts(sampleProject());
    for (const name of XLSX_PARTS) expect(strFromU8(files[name]!)).toBe(parts[name]);
  });

  it('round-trips the cells of every row through the file', async () => {
    const p = sampleProject();
    const files = unzipSync((await exportProject(p, 'xlsx')) as Uint8Array);
    const rows = sheetRows(strFromU8(files['xl/worksheets/sheet1.xml']!), sharedStrings(strFromU8(files['xl/sharedStrings.xml']!)));
    expect(rows.slice(1).map((r) => r.map((c) => (c.type === 'number' && c.ref.startsWith('F') ? Number(c.value).toFixed(2) : c.value)))).toEqual(
      p.rows.map((row) => rowCells(row).filter((v) => v !== '')),
    );
  });

  it('gives the same bytes for the same project (time stamps are the project\'s)', async () => {
    const a = (await exportProject(sampleProject(), 'xlsx')) as Uint8Array;
    await new Promise((r) => setTimeout(r, 1100));
    const b = (await exportProject(sampleProject(), 'xlsx')) as Uint8Array;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('is offered by the UI contract and by qalam export --to xlsx', async () => {
    expect(UI_FORMATS).toContain('xlsx');
    expect(EXPORT_FORMATS).toContain('xlsx');
    expect(EXPORT_EXTENSIONS.xlsx).toBe('xlsx');
    for (const lang of ['en', 'ar']) {
      const labels = JSON.parse(readFileSync(new URL(`../../../../locales/${lang}/common.json`, import.meta.url), 'utf8')) as { formats: Record<string, string> };
      expect(labels.formats.xlsx).toContain('.xlsx');
    }
    const project = join(dir, 'sample.qalam');
    writeFileSync(project, JSON.stringify(sampleProject()));
    const out = join(dir, 'review.xlsx');
    let err = '';
    const code = await runCli(['export', project, '--to', 'xlsx', '-o', out], { out: () => undefined, err: (t) => (err += t) });
    expect(code).toBe(0);
    expect(err).toContain(`wrote ${out} (xlsx, 5 rows)`);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(out))))).toContain('xl/worksheets/sheet1.xml');
  });
});
