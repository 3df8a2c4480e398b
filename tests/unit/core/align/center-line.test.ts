import { describe, expect, it } from 'vitest';
import { centerLine } from '../../../../app/core/align/center-line';
import { buildAnchorTable, numberAnchors } from '../../../../app/core/align/anchors';

describe('centerLine (anchor first, then fill)', () => {
  it('follows the diagonal when there are no anchors', () => {
    expect([...centerLine(4, 8, undefined)]).toEqual([0, 2, 4, 6, 8]);
  });
  it('bends through sentence pairs that share a number found once on each side (a long omission)', () => {
    // Source sentences 0..9 carry numbers 0..9; the translation omits 3..6, so source 7 faces target 3.
    const src = Array.from({ length: 10 }, (_, k) => `الرقم ${k + 100}`);
    const tgt = [0, 1, 2, 7, 8, 9].map((k) => `number ${k + 100}`);
    const center = centerLine(10, 6, buildAnchorTable(src, tgt, [numberAnchors], { source: 'ar', target: 'en' }));
    expect(Math.round(center[8]!)).toBe(4);
    expect(Math.round(center[2]!)).toBe(2);
    expect(center[10]).toBe(6);
  });
  it('ignores an anchor pair that crosses the others (kept chain is increasing in both texts)', () => {
    const src = ['a 101', 'b 102', 'c 103', 'd 104', 'e 105'];
    const tgt = ['a 101', 'b 105', 'c 103', 'd 104', 'e 102'];
    const center = centerLine(5, 5, buildAnchorTable(src, tgt, [numberAnchors], { source: 'ar', target: 'en' }));
    for (let i = 0; i <= 5; i++) expect(center[i]).toBeCloseTo(i, 5);
  });
});
