import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { qalam, tempFiles } from './align-harness';
import { parseProject } from '../../../app/host/project-file';

const sampleDir = join(__dirname, '..', '..', '..', 'app', 'sample');

describe('qalam new', () => {
  it('segments, aligns and writes a project that Qalam opens, with the glossary attached', async () => {
    const f = tempFiles({ 'g.tsv': readFileSync(join(sampleDir, 'glossary.tsv'), 'utf8') });
    const out = join(f['g.tsv']!, '..', 'coalition.qalam');
    const r = await qalam('new', join(sampleDir, 'sample.ar.txt'), join(sampleDir, 'sample.en.txt'), '--glossary', f['g.tsv']!, '-o', out);
    expect(r.err).toMatch(/coalition\.qalam: 15 rows/);
    expect(r.code).toBe(0);
    const p = parseProject(readFileSync(out, 'utf8'), out);
    expect(p.name).toBe('sample.ar');
    expect(p.glossary.find((e) => e.source === 'داعش')?.targets[0]).toBe('ISIS');
    expect(p.rows[0]!.target).toMatch(/^International coalition meets/);
    expect(p.meta).toEqual({ source: 'sample.ar.txt', target: 'sample.en.txt' });
  });

  it('without a translation, makes one empty row per Arabic sentence', async () => {
    const f = tempFiles({ 'a.txt': 'جملة أولى. جملة ثانية؟\n\nفقرة ثانية.' });
    const out = join(f['a.txt']!, '..', 'a.qalam');
    expect((await qalam('new', f['a.txt']!, '-o', out)).code).toBe(0);
    const p = parseProject(readFileSync(out, 'utf8'), out);
    expect(p.rows.map((r) => [r.source[0], r.paragraph])).toEqual([['جملة أولى.', 0], ['جملة ثانية؟', 0], ['فقرة ثانية.', 1]]);
  });

  it('says what is missing, in one line', async () => {
    expect((await qalam('new')).err).toMatch(/^qalam new: missing SOURCE/);
    const f = tempFiles({ 'a.txt': 'نص.' });
    expect((await qalam('new', f['a.txt']!)).err).toMatch(/missing -o PROJECT\.qalam/);
    expect((await qalam('new', join(sampleDir, 'nope.txt'), '-o', 'x.qalam')).err).toMatch(/nope\.txt: no such file/);
  });
});
