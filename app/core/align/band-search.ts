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

/** What the search needs: grid size, bead types, their cost, and optionally the band's centre line. */
export interface BandProblem {
  n: number;
  m: number;
  /** Target position the band is centred on, per source position (default: the diagonal). */
  center?: Float64Array;
  moves: readonly Move[];
  /** Cost of the bead covering source [i, i+a) and target [j, j+b). */
  cost(i: number, j: number, a: number, b: number): number;
}

/** A bead of the best path: source [i, i+a) with target [j, j+b), and its cost. */
export interface PathBead {
  i: number;
  j: number;
  a: number;
  b: number;
  cost: number;
}

/** The best path through the band. */
export interface BandResult {
  beads: PathBead[];
  /** True when the path runs within a few cells of an edge of the band that is not the grid's edge. */
  nearEdge: boolean;
  /** Posterior probability of each bead (when asked for). */
  posterior?: Float64Array;
}

const NONE = 255;

/** The band: row i covers target positions [lo[i], hi[i]], stored from `base[i]` in rows of `width` cells. */
interface Band {
  width: number;
  base: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
}

function makeBand(n: number, m: number, half: number, center?: Float64Array): Band {
  const width = 2 * half + 1;
  const base = new Int32Array(n + 1);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    base[i] = Math.round(center ? center[i]! : n === 0 ? 0 : (i * m) / n) - half;
    lo[i] = Math.max(0, base[i]!);
    hi[i] = Math.min(m, base[i]! + width - 1);
  }
  return { width, base, lo, hi };
}

/** -log(exp(-x) + exp(-y)) without overflow. */
function logAddCost(x: number, y: number): number {
  if (x === Infinity) return y;
  if (y === Infinity) return x;
  const d = x - y;
  // Beyond 36 nats the smaller term changes the sum by less than 1e-15: skip the exp and log.
  if (d > 36) return y;
  if (d < -36) return x;
  return d < 0 ? x - Math.log1p(Math.exp(d)) : y - Math.log1p(Math.exp(-d));
}

/** Finds the cheapest path in a band of half-width `half`; with `posterior`, also each bead's posterior. */
export function searchBand(p: BandProblem, half: number, posterior: boolean): BandResult {
  const { n, m } = p;
  const { width, base, lo, hi } = makeBand(n, m, half, p.center);
  const cells = (n + 1) * width;
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells).fill(NONE);
  const fwd = posterior ? new Float64Array(cells).fill(Infinity) : undefined;
  // With posteriors, each move's cost is kept (by destination cell) for the backward pass.
  const moveCost = posterior ? new Float32Array(cells * p.moves.length).fill(Infinity) : undefined;
  const da = Int32Array.from(p.moves, (mv) => mv[0]);
  const db = Int32Array.from(p.moves, (mv) => mv[1]);
  const nm = da.length;
  const at = (i: number, j: number): number => i * width + (j - base[i]!);
  best[at(0, 0)] = 0;
  if (fwd) fwd[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let min = Infinity;
      let arg = NONE;
      let sum = Infinity;
      for (let k = 0; k < nm; k++) {
        const a = da[k]!;
        const b = db[k]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const from = pi * width + (pj - base[pi]!);
        const prev = best[from]!;
        if (prev === Infinity) continue;
        const c = p.cost(pi, pj, a, b);
        if (prev + c < min) {
          min = prev + c;
          arg = k;
        }
        if (fwd) {
          sum = logAddCost(sum, fwd[from]! + c);
          moveCost![(i * width + (j - base[i]!)) * nm + k] = c;
        }
      }
      const here = i * width + (j - base[i]!);
      best[here] = min;
      back[here] = arg;
      if (fwd) fwd[here] = sum;
    }
  }
  const beads: PathBead[] = [];
  let i = n;
  let j = m;
  let nearEdge = false;
  const margin = 2;
  while (i > 0 || j > 0) {
    if ((lo[i]! > 0 && j - lo[i]! < margin) || (hi[i]! < m && hi[i]! - j < margin)) nearEdge = true;
    const k = back[at(i, j)]!;
    if (k === NONE) throw new Error(`align: no path through cell ${i},${j}`);
    const a = da[k]!;
    const b = db[k]!;
    beads.push({ i: i - a, j: j - b, a, b, cost: 0 });
    i -= a;
    j -= b;
  }
  beads.reverse();
  for (const bead of beads) bead.cost = p.cost(bead.i, bead.j, bead.a, bead.b);
  if (!fwd) return { beads, nearEdge };

  const bwd = new Float64Array(cells).fill(Infinity);
  bwd[at(n, m)] = 0;
  for (let r = n; r >= 0; r--) {
    const rowLo = lo[r]!;
    for (let c = hi[r]!; c >= rowLo; c--) {
      if (r === n && c === m) continue;
      const here = r * width + (c - base[r]!);
      if (fwd[here] === Infinity) continue;
      let sum = Infinity;
      for (let k = 0; k < nm; k++) {
        const ni = r + da[k]!;
        const nj = c + db[k]!;
        if (ni > n || nj < lo[ni]! || nj > hi[ni]!) continue;
        const dest = ni * width + (nj - base[ni]!);
        const after = bwd[dest]!;
        if (after === Infinity) continue;
        sum = logAddCost(sum, after + moveCost![dest * nm + k]!);
      }
      bwd[here] = sum;
    }
  }
  const total = fwd[at(n, m)]!;
  const post = new Float64Array(beads.length);
  beads.forEach((bd, k) => {
    const v = Math.exp(-(fwd[at(bd.i, bd.j)]! + bd.cost + bwd[at(bd.i + bd.a, bd.j + bd.b)]! - total));
    post[k] = Math.min(1, Math.max(0, v));
  });
  return { beads, nearEdge, posterior: post };
}
