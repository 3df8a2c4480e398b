import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../app/cli/main';
import { sampleProject } from '../core/formats/sample';
import { schemaDir, validateTmx, validateXliff12, validateXliff2 } from '../core/formats/schema';

const dir = mkdtempSync(join(tmpdir(), 'qalam-cli-formats-'));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('qalam export / import', () => {
  const project = join(dir, 'sample.qalam');
  writeFileSync(project, JSON.stringify(sampleProject(), null, 2));

  for (const to of ['xliff21', 'xliff20', 'xliff12'] as const) {
    it(`${to}: exporting a project imported from Qalam's own file gives the same bytes again`, async () => {
      const first = join(dir, `first-${to}.xlf`);
      const again = join(dir, `again-${to}.xlf`);
      const imported = join(dir, `imported-${to}.qalam`);
      expect((await cli('export', project, '--to', to, '-o', first)).code).toBe(0);
      expect((await cli('import', first, '-o', imported)).code).toBe(0);
      const back = JSON.parse(readFileSync(imported, 'utf8')) as ReturnType<typeof sampleProject>;
      const expected = sampleProject();
      // XLIFF 1.2 carries the XLIFF 2 codes of the sample as their 1.2 equivalents (<g>, <x/>).
      if (to === 'xliff12') expected.rows[2]!.codes = back.rows[2]!.codes;
      expect(back).toEqual(expected);
      expect((await cli('export', imported, '--to', to, '-o', again)).code).toBe(0);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(first, 'utf8'));
    });
  }

  it('writes txt, tsv, csv, tbx and tmx', async () => {
    for (const to of ['txt', 'tsv', 'csv', 'tbx', 'tmx', 'tmx-all', 'docx']) {
      const out = join(dir, `out.${to}`);
      const r = await cli('export', project, '--to', to, '-o', out);
      expect(r.code).toBe(0);
      expect(r.err).toContain(`wrote ${out} (${to}, 5 rows)`);
    }
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toContain('The Security Council held an emergency session on Monday.');
  });

  it('user errors are one line on stderr with exit status 2', async () => {
    const cases = [
      await cli('export', project, '--to', 'pdf', '-o', join(dir, 'x')),
      await cli('export', project, '-o', join(dir, 'x')),
      await cli('export', join(dir, 'missing.qalam'), '--to', 'txt', '-o', join(dir, 'x')),
      await cli('import', join(dir, 'missing.xlf'), '-o', join(dir, 'x.qalam')),
    ];
    for (const r of cases) {
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect(cases[0]!.err).toContain('--to must be one of xliff21');
    expect(cases[2]!.err).toContain('missing.qalam: no such file');
  });

  it('a damaged or hostile file is refused with the place', async () => {
    const bad = join(dir, 'truncated.xlf');
    writeFileSync(bad, '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="ar" trgLang="en">\n<file id="f1"><unit id="u1">');
    const r = await cli('import', bad, '-o', join(dir, 't.qalam'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^qalam import: .*truncated\.xlf:line 3, column \d+: unclosed tag/);
    const swapped = join(dir, 'swapped.xlf');
    writeFileSync(swapped, readFileSync(join(dir, 'first-xliff21.xlf'), 'utf8').replace('srcLang="ar" trgLang="en"', 'srcLang="en" trgLang="ar"'));
    expect((await cli('import', swapped, '-o', join(dir, 's.qalam'))).err).toContain('swapped');
    const notProject = join(dir, 'not.qalam');
    writeFileSync(notProject, '{"format":"other"}');
    expect((await cli('export', notProject, '--to', 'txt', '-o', join(dir, 'y'))).err).toContain('not a Qalam project');
  });
});

describe('qalam new → export → import → export on an aligned news article', () => {
  const fixtures = new URL('../../fixtures/align/', import.meta.url);
  const at = (name: string) => fileURLToPath(new URL(name, fixtures));

  it.skipIf(!existsSync(at('economy.ar.txt')))('gives the same bytes for each XLIFF flavour, and files the schemas accept', async () => {
    const project = join(dir, 'economy.qalam');
    const made = await cli('new', at('economy.ar.txt'), at('economy.en.txt'), '--glossary', at('news-glossary.tsv'), '-o', project);
    expect(made.code).toBe(0);
    for (const to of ['xliff21', 'xliff12'] as const) {
      const first = join(dir, `economy.${to}.xlf`);
      const back = join(dir, `economy.${to}.qalam`);
      const again = join(dir, `economy.${to}.again.xlf`);
      expect((await cli('export', project, '--to', to, '-o', first)).code).toBe(0);
      expect((await cli('import', first, '-o', back)).code).toBe(0);
      expect((await cli('export', back, '--to', to, '-o', again)).code).toBe(0);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(first, 'utf8'));
      if (schemaDir) {
        const r = to === 'xliff21' ? await validateXliff2(readFileSync(first, 'utf8')) : await validateXliff12(readFileSync(first, 'utf8'));
        expect(r.valid).toBe(true);
      }
    }
    const xlf = readFileSync(join(dir, 'economy.xliff21.xlf'), 'utf8');
    expect(xlf).toContain('<gls:term source="qalam-glossary">البنك المركزي</gls:term><gls:translation>central bank</gls:translation>');
    const tmx = join(dir, 'economy.tmx');
    expect((await cli('export', project, '--to', 'tmx-all', '-o', tmx)).code).toBe(0);
    if (schemaDir) expect((await validateTmx(readFileSync(tmx, 'utf8'))).errors).toEqual([]);
  });
});
