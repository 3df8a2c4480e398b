import { sampleProject } from '../../../app/host/sample';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pairLines, qa } from '../../../app/cli/commands/qa';
import { segment } from '../../../app/core/text/segment';
import type { CliIo } from '../../../app/cli/command';
import type { Project } from '../../../app/core/project/model';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/glossary/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qalam-qa-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => { out += t; }, err: (t) => { err += t; } };
  const code = await qa.run(args, io);
  return { code, out, err };
}

describe('qalam qa --lines on the seed article', () => {
  const args = [fixture('seed-article.ar.txt'), fixture('seed-article.en.txt'), '--glossary', fixture('seed-glossary.tsv'), '--lines'];
  it('prints srcIdx, tgtIdx, check and message, and exits 0', async () => {
    const { code, out } = await run(args);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n').map((l) => l.split('\t'));
    for (const l of lines) expect(l).toHaveLength(4);
    // The translation says "18 countries" where the Arabic says 80.
    // Indices are segment indices (non-blank lines): line 15 of the file is segment 10.
    expect(lines.filter((l) => l[2] === 'number-mismatch').map((l) => [l[0], l[1], l[3]])).toEqual([
      ['10', '10', 'the source number 80 is not in the translation'],
      ['10', '10', 'the translation has the number 18, which the source does not'],
    ]);
    // ISIS and Daesh are both allowed, used twice each: the Daesh rows are offered "ISIS".
    expect(lines.filter((l) => l[2] === 'term-variant').map((l) => l[0])).toEqual(['5', '10']);
    // 425 million, 2,680, three years, twenty, 17 and 15,000 all match.
    expect(lines.some((l) => l[0] === '3' || l[0] === '4' || l[0] === '6' || l[0] === '9')).toBe(false);
    expect(lines).toHaveLength(4);
  });
  it('writes an HTML and a CSV report', async () => {
    const html = join(dir, 'r.html');
    const csv = join(dir, 'r.csv');
    await run([...args, '--report', html]);
    await run([...args, '--report', csv]);
    expect(readFileSync(html, 'utf8')).toContain('<h2 id="number-mismatch">');
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('row,row id,check,severity,message,key,source,target');
  });
});

describe('qalam qa without --lines: sentences aligned', () => {
  it('finds the same problems in the aligned seed article, at the sentence that has them', async () => {
    const { out } = await run([fixture('seed-article.ar.txt'), fixture('seed-article.en.txt'), '--glossary', fixture('seed-glossary.tsv'), '--format', 'json']);
    const issues = JSON.parse(out) as { source: number[]; target: number[]; check: string; message: string; code: string; params: Record<string, unknown> }[];
    const src = segment(readFileSync(fixture('seed-article.ar.txt'), 'utf8'), 'ar');
    const tgt = segment(readFileSync(fixture('seed-article.en.txt'), 'utf8'), 'en');
    const numbers = issues.filter((i) => i.check === 'number-mismatch');
    expect(numbers.map((i) => i.message)).toEqual(['the source number 80 is not in the translation', 'the translation has the number 18, which the source does not']);
    expect(numbers.map((i) => [i.code, i.params])).toEqual([['number-missing', { value: 80 }], ['number-extra', { value: 18 }]]);
    expect(numbers[0]!.source.map((i) => src[i]!.text).join(' ')).toContain('من 80 بلدا');
    expect(numbers[0]!.target.map((i) => tgt[i]!.text).join(' ')).toContain('from 18 countries');
    expect(issues.filter((i) => i.check === 'term-variant')).toHaveLength(2);
  });
});

describe('qalam qa: input forms', () => {
  it('pairs physical lines, numbers segments as qalam segment --lines does, and marks a missing translation', () => {
    const rows = pairLines('أ\n\nب\nج\n', 'A\n\n\nC\n');
    expect(rows.map((r) => [r.row.id, r.source, r.target, r.row.target])).toEqual([
      ['L1', [0], [0], 'A'], ['L3', [1], [], ''], ['L4', [2], [1], 'C'],
    ]);
  });
  it('reads a .qalam project with its glossary and remembered ignores', async () => {
    const project: Project = {
      format: 'qalam-project', version: 1, id: 'p', name: 'p', sourceLang: 'ar', targetLang: 'en', createdAt: '', modifiedAt: '', meta: {},
      rows: [
        { id: 'u1', source: ['جملة.', 'ضد داعش'], target: 'Against them.', state: 'translated', score: 1, paragraph: 0 },
        { id: 'u2', source: ['عشرين دولة'], target: '', state: 'initial', score: null, paragraph: 0 },
      ],
      glossary: [{ id: 'g', source: 'داعش', targets: ['ISIS'], forbidden: [] }],
      qaIgnores: [{ rowId: 'u2', check: 'empty', key: 'empty', reason: 'later' }],
    };
    const f = join(dir, 'p.qalam');
    writeFileSync(f, JSON.stringify(project));
    const { out } = await run([f]);
    expect(out).toBe('0,1\t0\tterm-missing\tthe term داعش (داعش in sentence 2) should be translated "ISIS"\n');
  });
  it('a damaged project names the file and the row', async () => {
    const f = join(dir, 'bad.qalam');
    const sample = sampleProject();
    writeFileSync(f, JSON.stringify({ ...sample, rows: [{ ...sample.rows[0], source: 'not a list' }] }));
    await expect(run([f])).rejects.toThrow(/bad\.qalam: damaged project file \(rows\[0\]\.source: /);
    writeFileSync(f, '{');
    await expect(run([f])).rejects.toThrow(/bad\.qalam: damaged project file \(not valid JSON at line 1, column 2\)/);
  });
  it('user errors: wrong arguments and report type', async () => {
    await expect(run(['only-one.txt'])).rejects.toThrow(/expects SOURCE TARGET, or one PROJECT\.qalam/);
    await expect(run(['a', 'b', '--glossary', 'g.tsv', '--report', 'r.pdf'])).rejects.toThrow(/--report must name a \.html or \.csv file/);
  });
});

describe('qalam qa on an XLIFF file', () => {
  it('reads the units as rows: "15 دولة" = "fifteen states" passes, the unit left empty is reported', async () => {
    const xlf = fileURLToPath(new URL('../../fixtures/formats/sample/sample.xliff20.xlf', import.meta.url));
    const { code, out } = await run([xlf]);
    expect(code).toBe(0);
    expect(out).toBe('4\t\tempty\tthe translation is empty\n');
  });
  it('with a TBX glossary (مجلس الأمن = Security Council, translated as such) nothing more is reported', async () => {
    const xlf = fileURLToPath(new URL('../../fixtures/formats/sample/sample.xliff20.xlf', import.meta.url));
    const tbx = fileURLToPath(new URL('../../fixtures/formats/sample/sample.tbx', import.meta.url));
    expect((await run([xlf, '--glossary', tbx])).out).toBe('4\t\tempty\tthe translation is empty\n');
  });
  it('a file that is not XLIFF is a one-line error naming it', async () => {
    const f = join(dir, 'bad.xlf');
    writeFileSync(f, '<?xml version="1.0"?><html/>');
    await expect(run([f])).rejects.toThrow(/bad\.xlf/);
  });
});
