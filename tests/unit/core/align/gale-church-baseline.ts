/**
 * The comparison baseline: a length-only Gale–Church aligner (hunalign cannot be installed here; its
 * no-dictionary mode is also length-driven). Characters including spaces, the document's own length ratio,
 * Gale and Church's variance 6.8 and bead priors, exact dynamic programming over the full grid.
 */
import type { Bead } from '../../../../app/core/align/types';
import { tailCost } from '../../../../app/core/align/length-model';

const PRIORS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
];

export function galeChurch(source: string[], target: string[]): Bead[] {
  const n = source.length;
  const m = target.length;
  const sl = source.map((s) => s.length);
  const tl = target.map((s) => s.length);
  const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const c = total(sl) > 0 ? total(tl) / total(sl) : 1;
  const s2 = 6.8;
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      for (let k = 0; k < PRIORS.length; k++) {
        const [a, b, p] = PRIORS[k]!;
        if (i < a || j < b) continue;
        const prev = cost[(i - a) * (m + 1) + (j - b)]!;
        if (prev === Infinity) continue;
        let l1 = 0;
        let l2 = 0;
        for (let x = i - a; x < i; x++) l1 += sl[x]!;
        for (let y = j - b; y < j; y++) l2 += tl[y]!;
        const delta = l1 + l2 === 0 ? 0 : (l2 - l1 * c) / Math.sqrt(Math.max(1, l1) * s2);
        const v = prev - Math.log(p) + tailCost(delta);
        if (v < cost[i * (m + 1) + j]!) {
          cost[i * (m + 1) + j] = v;
          back[i * (m + 1) + j] = k;
        }
      }
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = PRIORS[back[i * (m + 1) + j]!]!;
    beads.push({ source: Array.from({ length: a }, (_, k) => i - a + k), target: Array.from({ length: b }, (_, k) => j - b + k), score: 1 });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}
