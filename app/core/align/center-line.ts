/**
 * Anchor first, then fill: the band of the search follows a line through sentence pairs that share an
 * anchor key found exactly once on each side (a number like `num:3124`, a rare name), kept only where they
 * agree in order (longest increasing chain). Between such pairs, and without any, the line follows the
 * diagonal. A long omission then no longer pushes the path out of a narrow band.
 */
import type { AnchorTable } from './anchors';

/** Target position the band is centred on for each source position 0..n. */
export function centerLine(n: number, m: number, table: AnchorTable | undefined): Float64Array {
  const points = table ? uniquePairs(table) : [];
  const chain = increasingChain(points);
  const knots: [number, number][] = [[0, 0], ...chain.map(([i, j]) => [i + 0.5, j + 0.5] as [number, number]), [n, m]];
  const center = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < knots.length - 2 && knots[k + 1]![0] <= i) k++;
    const [i0, j0] = knots[k]!;
    const [i1, j1] = knots[k + 1]!;
    center[i] = i1 === i0 ? j0 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
  }
  return center;
}

/** (source, target) sentence pairs sharing a key that occurs in one sentence on each side. */
function uniquePairs(table: AnchorTable): [number, number][] {
  const where = (side: Int32Array[]): Int32Array => {
    const at = new Int32Array(table.size).fill(-1);
    side.forEach((keys, s) => {
      for (const k of keys) at[k] = at[k] === -1 ? s : -2;
    });
    return at;
  };
  const src = where(table.source);
  const tgt = where(table.target);
  const pairs: [number, number][] = [];
  for (let k = 0; k < table.size; k++) if (src[k]! >= 0 && tgt[k]! >= 0 && table.miss[k]! > 0) pairs.push([src[k]!, tgt[k]!]);
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The longest chain of pairs increasing in both coordinates (patience sorting, O(k log k)). */
function increasingChain(points: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev = new Int32Array(points.length).fill(-1);
  points.forEach(([i, j], p) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const [ti, tj] = points[tails[mid]!]!;
      if (tj < j && ti < i) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[p] = tails[lo - 1]!;
    tails[lo] = p;
  });
  const chain: [number, number][] = [];
  for (let p = tails.length ? tails[tails.length - 1]! : -1; p >= 0; p = prev[p]!) chain.push(points[p]!);
  return chain.reverse();
}
