import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { terms } from '../../../app/cli/commands/terms';
import { segment, segmentLines } from '../../../app/core/text/segment';
import type { CliIo } from '../../../app/cli/command';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/glossary/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'qalam-terms-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => { out += t; }, err: (t) => { err += t; } };
  const code = await terms.run(args, io);
  return { code, out, err };
}

describe('qalam terms --lines', () => {
  it('prints segment, offsets, surface, term and preferred translation for the seed article', async () => {
    const { code, out, err } = await run([fixture('seed-article.ar.txt'), '--glossary', fixture('seed-glossary.tsv'), '--lines']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines[0]).toEqual(['0', '7', '15', 'للإئتلاف', 'ائتلاف', 'coalition']);
    expect(lines.filter((l) => l[4] === 'داعش')).toHaveLength(4);
    expect(lines.filter((l) => l[4] === 'ائتلاف').map((l) => l[3])).toEqual(['للإئتلاف', 'والإئتلاف', 'الإئتلاف', 'الائتلاف', 'الائتلاف']);
    // The term column is the glossary's spelling; the surface column is the text's.
    expect(lines.find((l) => l[3] === 'المقاتلين الاجانب')?.[4]).toBe('المقاتلين الأجانب');
    // Segment indices are those of `qalam segment --lines`: non-blank lines.
    const text = segmentLines(readFileSync(fixture('seed-article.ar.txt'), 'utf8')).map((s) => s.text);
    for (const [seg, s, e, surface] of lines) expect(text[Number(seg)]!.slice(Number(s), Number(e))).toBe(surface);
    expect(lines.filter((l) => l[4] === 'مانويل فالس').map((l) => l[0])).toEqual(['1', '3']);
  });
  it('without --lines, segments are sentences (بروكسل.واعلن splits, and offsets are within the sentence)', async () => {
    const { out } = await run([fixture('seed-article.ar.txt'), '--glossary', fixture('seed-glossary.tsv')]);
    const sentences = segment(readFileSync(fixture('seed-article.ar.txt'), 'utf8'), 'ar').map((s) => s.text);
    const lines = out.trimEnd().split('\n').map((l) => l.split('\t'));
    for (const [seg, s, e, surface] of lines) expect(sentences[Number(seg)]!.slice(Number(s), Number(e))).toBe(surface);
    const brussels = lines.find((l) => l[4] === 'بروكسل')!;
    expect(sentences[Number(brussels[0])]!.endsWith('بروكسل.')).toBe(true);
    expect(lines.filter((l) => l[4] === 'داعش')).toHaveLength(4);
  });
  it('--format json gives the same matches as objects', async () => {
    const { out } = await run([fixture('seed-article.ar.txt'), '--glossary', fixture('seed-glossary.tsv'), '--lines', '--format', 'json']);
    const rows = JSON.parse(out) as { segment: number; surface: string; term: string; translation: string }[];
    expect(rows[0]).toMatchObject({ segment: 0, surface: 'للإئتلاف', term: 'ائتلاف', translation: 'coalition' });
  });
  it('warns about unreadable glossary rows by line and uses the rest', async () => {
    const g = join(dir, 'g.tsv');
    writeFileSync(g, 'source\ttarget\nداعش\tISIS\nلندن\t\n');
    const src = join(dir, 'a.txt');
    writeFileSync(src, 'في لندن ضد داعش\n');
    const { out, err } = await run([src, '--glossary', g, '--lines']);
    expect(out).toBe('0\t11\t15\tداعش\tداعش\tISIS\n');
    expect(err).toBe(`qalam terms: ${g}:3: no translation for "لندن" (row skipped)\n`);
  });
  it('user errors are CliErrors (no glossary, wrong format)', async () => {
    await expect(run([fixture('seed-article.ar.txt')])).rejects.toThrow(/needs --glossary FILE/);
    await expect(run([fixture('seed-article.ar.txt'), '--glossary', fixture('seed-glossary.tsv'), '--format', 'xml'])).rejects.toThrow(/--format must be one of tsv, json/);
  });
});
