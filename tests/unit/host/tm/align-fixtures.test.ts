import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TmIndex } from '../../../../app/core/tm/tm-index';
import { alignedUnits } from '../../../../app/host/tm/tm-service';

const dir = join(__dirname, '..', '..', '..', 'fixtures', 'align');

/**
 * Spelling a careful writer would not use but a translator often meets: bare alef for أ/إ/آ, ه for final ة,
 * and a conjunction و glued to the third word.
 */
const carelessSpelling = (s: string): string =>
  s
    .split(' ')
    .map((w, i) => (i === 2 && w.length > 2 && !w.startsWith('و') ? `و${w}` : w))
    .join(' ')
    .replace(/[أإآ]/gu, 'ا')
    .replace(/ة(?=\s|$|[.،])/gu, 'ه');

describe('TM filled by aligning the news fixtures', () => {
  const ix = new TmIndex();
  let id = 1;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ar.txt'))) {
    const source = readFileSync(join(dir, f), 'utf8');
    const target = readFileSync(join(dir, f.replace('.ar.txt', '.en.txt')), 'utf8');
    for (const u of alignedUnits({ source, target, from: f }, { changed: '2026-11-29T00:00:00Z' }).units) ix.add({ ...u, id: id++ });
  }

  it('stores the aligned pairs of all seven documents', () => {
    expect(ix.size).toBeGreaterThanOrEqual(60);
  });

  it('finds every stored sentence first, at 95% or more (a particle in a six-word heading costs 4%), when spelled with bare alef, ه for ة and an extra و', () => {
    const scores: number[] = [];
    for (const u of ix.units()) {
      if (u.source.split(' ').length < 6) continue;
      const [m] = ix.lookup({ source: carelessSpelling(u.source) }, { minScore: 50, limit: 1 });
      expect(m?.unit.id, u.source).toBe(u.id);
      scores.push(m!.score);
    }
    expect(scores.length).toBeGreaterThanOrEqual(50);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(95);
  });
});
