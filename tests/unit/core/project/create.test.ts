import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProject } from '../../../../app/core/project/create';
import { sampleProject } from '../../../../app/host/sample';

const dir = join(__dirname, '..', '..', '..', '..', 'app', 'sample');
const ar = readFileSync(join(dir, 'sample.ar.txt'), 'utf8');
const en = readFileSync(join(dir, 'sample.en.txt'), 'utf8');

describe('a new project from two texts', () => {
  it('segments and aligns the sample into the rows a translator paired by hand (all but the trailing boilerplate)', () => {
    const gold = sampleProject();
    const p = createProject({ name: 'n', sourceText: ar, targetText: en, glossary: gold.glossary, now: '2026-01-01T00:00:00Z', id: 'x' });
    const key = (r: { source: string[]; target: string }) => `${r.source.join('|')}=>${r.target}`;
    const made = new Set(p.rows.map(key));
    const matched = gold.rows.filter((r) => made.has(key(r)));
    expect(matched.length).toBeGreaterThanOrEqual(14);
    // The page furniture "اخترنا لك" has no English; it must end in the last row, never inside a confident pair.
    const last = p.rows[p.rows.length - 1]!;
    expect(last.source.join(' ')).toContain('اخترنا لك');
    expect(last.score).toBeLessThan(0.9);
    expect(p.rows.every((r) => r.state === 'initial')).toBe(true);
  });

  it('keeps every Arabic sentence once, in order, and paragraph numbers that never go back', () => {
    const p = createProject({ name: 'n', sourceText: ar, targetText: en, now: 't', id: 'x' });
    expect(p.rows.flatMap((r) => r.source).join('').replace(/\s/g, '')).toBe(ar.replace(/\s/g, ''));
    for (let i = 1; i < p.rows.length; i++) expect(p.rows[i]!.paragraph).toBeGreaterThanOrEqual(p.rows[i - 1]!.paragraph);
    expect(new Set(p.rows.map((r) => r.id)).size).toBe(p.rows.length);
  });

  it('without an English text, every Arabic sentence gets an empty row to translate', () => {
    const stages: string[] = [];
    const p = createProject({ name: 'n', sourceText: ar, now: 't', id: 'x', onStage: (s) => stages.push(s) });
    expect(p.rows).toHaveLength(16);
    expect(p.rows.every((r) => r.target === '' && r.score === null && r.source.length === 1)).toBe(true);
    expect(p.rows[8]!.source[0]).toMatch(/^واعلن جون كيري/);
    expect(stages).toEqual(['segmenting', 'building']);
  });
});
