import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pairLines, qa } from '../../../app/cli/commands/qa';
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
    expect(lines.filter((l) => l[2] === 'number-mismatch').map((l) => [l[0], l[1], l[3]])).toEqual([
      ['14', '14', 'the source number 80 is not in the translation'],
      ['14', '14', 'the translation has the number 18, which the source does not'],
    ]);
    // ISIS and Daesh are both allowed, used twice each: the Daesh rows are offered "ISIS".
    expect(lines.filter((l) => l[2] === 'term-variant').map((l) => l[0])).toEqual(['9', '14']);
    // 425 million, 2,680, three years, twenty, 17 and 15,000 all match.
    expect(lines.some((l) => l[0] === '5' || l[0] === '7' || l[0] === '10' || l[0] === '13')).toBe(false);
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

describe('qalam qa: input forms', () => {
  it('pairs lines, leaving out lines blank on both sides, and marks a missing translation', () => {
    const rows = pairLines(['أ', '', 'ب'], ['A', '', '']);
    expect(rows.map((r) => [r.row.id, r.source, r.target])).toEqual([['L1', [0], [0]], ['L3', [2], []]]);
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
    writeFileSync(f, JSON.stringify({ format: 'qalam-project', rows: [{ id: 'x', source: 'not a list', target: '' }] }));
    await expect(run([f])).rejects.toThrow(/bad\.qalam: damaged project \(row 1, id x needs an id, a source list and a target\)/);
    writeFileSync(f, '{');
    await expect(run([f])).rejects.toThrow(/bad\.qalam: not a Qalam project \(invalid JSON/);
  });
  it('user errors: wrong arguments and report type', async () => {
    await expect(run(['only-one.txt'])).rejects.toThrow(/expects SOURCE TARGET, or one PROJECT\.qalam/);
    await expect(run(['a', 'b', '--glossary', 'g.tsv', '--report', 'r.pdf'])).rejects.toThrow(/--report must name a \.html or \.csv file/);
  });
});
