/**
 * Dynamic programming over a band around the diagonal of the (source × target) grid. Time and memory grow
 * with n × band width, not n × m; the caller widens the band when the best path runs along its edge.
 *
 * Costs are negative log probabilities. Besides the best path (Viterbi) the search can give each bead of
 * that path its posterior probability (forward–backward over all paths in the band), which is the
 * confidence a translator sorts by.
 */

/** A bead type: `a` source sentences with `b` target sentences. */
export type Move = readonly [a: number, b: number];

export interface BandProblem {
  n: number;
  m: number;
  moves: readonly Move[];
  /** Cost of the bead covering source [i, i+a) and target [j, j+b). */
  cost(i: number, j: number, a: number, b: number): number;
}

export interface PathBead {
  i: number;
  j: number;
  a: number;
  b: number;
  cost: number;
}

export interface BandResult {
  beads: PathBead[];
  /** True when the path runs within a few cells of an edge of the band that is not the grid's edge. */
  nearEdge: boolean;
  /** Posterior probability of each bead (when asked for). */
  posterior?: Float64Array;
}

const NONE = 255;

/** The band: row i covers target positions [lo(i), hi(i)], stored from `base(i)` in rows of `width` cells. */
class Band {
  readonly width: number;
  constructor(readonly n: number, readonly m: number, readonly half: number) {
    this.width = 2 * half + 1;
  }
  center(i: number): number {
    return this.n === 0 ? 0 : Math.round((i * this.m) / this.n);
  }
  base(i: number): number {
    return this.center(i) - this.half;
  }
  lo(i: number): number {
    return Math.max(0, this.base(i));
  }
  hi(i: number): number {
    return Math.min(this.m, this.base(i) + this.width - 1);
  }
  index(i: number, j: number): number {
    return i * this.width + (j - this.base(i));
  }
  has(i: number, j: number): boolean {
    return i >= 0 && i <= this.n && j >= this.lo(i) && j <= this.hi(i);
  }
}

/** -log(exp(-x) + exp(-y)) without overflow. */
function logAddCost(x: number, y: number): number {
  if (x === Infinity) return y;
  if (y === Infinity) return x;
  const lo = Math.min(x, y);
  return lo - Math.log1p(Math.exp(-Math.abs(x - y)));
}

/** Finds the cheapest path in a band of half-width `half`; with `posterior`, also each bead's posterior. */
export function searchBand(p: BandProblem, half: number, posterior: boolean): BandResult {
  const band = new Band(p.n, p.m, half);
  const cells = (p.n + 1) * band.width;
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(NONE);
  const fwd = posterior ? new Float64Array(cells).fill(Infinity) : undefined;
  best[band.index(0, 0)] = 0;
  if (fwd) fwd[band.index(0, 0)] = 0;
  const moves = p.moves;
  for (let i = 0; i <= p.n; i++) {
    const lo = band.lo(i);
    const hi = band.hi(i);
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) continue;
      let min = Infinity;
      let arg = NONE;
      let sum = Infinity;
      for (let k = 0; k < moves.length; k++) {
        const [a, b] = moves[k]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || !band.has(pi, pj)) continue;
        const at = band.index(pi, pj);
        const prev = best[at]!;
        if (prev === Infinity && (!fwd || fwd[at] === Infinity)) continue;
        const c = p.cost(pi, pj, a, b);
        if (prev + c < min) {
          min = prev + c;
          arg = k;
        }
        if (fwd) sum = logAddCost(sum, fwd[at]! + c);
      }
      const here = band.index(i, j);
      best[here] = min;
      back[here] = arg;
      if (fwd) fwd[here] = sum;
    }
  }
  const beads: PathBead[] = [];
  let i = p.n;
  let j = p.m;
  let nearEdge = false;
  const margin = 2;
  while (i > 0 || j > 0) {
    if ((band.lo(i) > 0 && j - band.lo(i) < margin) || (band.hi(i) < p.m && band.hi(i) - j < margin)) nearEdge = true;
    const k = back[band.index(i, j)]!;
    if (k === NONE) throw new Error(`align: no path through cell ${i},${j}`);
    const [a, b] = moves[k]!;
    beads.push({ i: i - a, j: j - b, a, b, cost: 0 });
    i -= a;
    j -= b;
  }
  beads.reverse();
  for (const bead of beads) bead.cost = p.cost(bead.i, bead.j, bead.a, bead.b);
  if (!fwd) return { beads, nearEdge };

  const bwd = new Float64Array(cells).fill(Infinity);
  bwd[band.index(p.n, p.m)] = 0;
  for (let r = p.n; r >= 0; r--) {
    const lo = band.lo(r);
    for (let c = band.hi(r); c >= lo; c--) {
      if (r === p.n && c === p.m) continue;
      if (fwd[band.index(r, c)] === Infinity) continue;
      let sum = Infinity;
      for (let k = 0; k < moves.length; k++) {
        const [a, b] = moves[k]!;
        const ni = r + a;
        const nj = c + b;
        if (ni > p.n || nj > p.m || !band.has(ni, nj)) continue;
        const after = bwd[band.index(ni, nj)]!;
        if (after === Infinity) continue;
        sum = logAddCost(sum, after + p.cost(r, c, a, b));
      }
      bwd[band.index(r, c)] = sum;
    }
  }
  const total = fwd[band.index(p.n, p.m)]!;
  const post = new Float64Array(beads.length);
  beads.forEach((bd, k) => {
    const v = Math.exp(-(fwd[band.index(bd.i, bd.j)]! + bd.cost + bwd[band.index(bd.i + bd.a, bd.j + bd.b)]! - total));
    post[k] = Math.min(1, Math.max(0, v));
  });
  return { beads, nearEdge, posterior: post };
}
