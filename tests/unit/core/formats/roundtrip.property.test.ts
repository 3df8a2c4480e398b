/**
 * Property: export → import gives back the same project, and a second export the same bytes, over Arabic,
 * English, the XML specials, bidi controls, emoji, empty targets, multi-sentence beads and inline codes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, projectArb, xmlText } from './arbitraries';
import { readXliff } from '../../../../app/core/formats/xliff-read';
import { writeXliff12 } from '../../../../app/core/formats/xliff12-write';
import { writeXliff2 } from '../../../../app/core/formats/xliff2-write';
import { readTmx } from '../../../../app/core/formats/tmx-read';
import { writeTmx } from '../../../../app/core/formats/tmx-write';

const read = (text: string) => readXliff(text, { file: 'p.xlf', now: '2026-01-01T00:00:00.000Z', id: 'p1' });

describe('round trip properties', () => {
  it('XLIFF 2.1: export → import is the identity and export is byte-stable', () => {
    fc.assert(
      fc.property(projectArb('xliff2', anyText), (p) => {
        const xml = writeXliff2(p);
        const back = read(xml);
        expect(back).toEqual(p);
        expect(writeXliff2(back)).toBe(xml);
      }),
      { numRuns: 300 },
    );
  });

  it('XLIFF 1.2: export → import is the identity and export is byte-stable', () => {
    fc.assert(
      fc.property(projectArb('xliff12', xmlText), (p) => {
        const xml = writeXliff12(p);
        const back = read(xml);
        expect(back).toEqual(p);
        expect(writeXliff12(back)).toBe(xml);
      }),
      { numRuns: 300 },
    );
  });

  it('TMX (raw alignment): export → import gives the same text, codes, state and score of every exported row', () => {
    fc.assert(
      fc.property(projectArb('xliff2', xmlText), (p) => {
        const tmx = writeTmx(p, { rows: 'all' });
        const back = readTmx(tmx, { file: 'p.tmx' });
        const exported = p.rows.filter((r) => r.source.length > 0 && r.target.trim() !== '');
        expect(back.rows.map((r) => [r.id, r.source, r.target, r.codes, r.state, r.score, r.paragraph])).toEqual(
          exported.map((r) => [r.id, r.source, r.target, r.codes, r.state, r.score, r.paragraph]),
        );
        expect(writeTmx(back, { rows: 'all' })).toBe(tmx);
      }),
      { numRuns: 200 },
    );
  });
});
