/**
 * The Gale–Church length model in characters: a target sentence's length is normally distributed around
 * `ratio × source length` with a variance proportional to the length. Ratio and variance are estimated
 * from the document itself (Arabic is usually shorter than its English translation, by how much varies).
 */

export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number;
  /** Variance of the target length per character. */
  variance: number;
}

/**
 * Start value of the variance before the document's own is known. Gale and Church measured 6.8 for
 * English–French/German parliamentary text; edited Arabic–English news translations are tighter.
 */
export const DEFAULT_VARIANCE = 4;

/** Length of a sentence for the model: characters other than white space (spacing differs by script). */
export function charLength(text: string): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0 && !(c >= 0xd800 && c <= 0xdbff)) n++;
  }
  return n;
}

/**
 * -log of the two-sided tail probability of the standard normal at |z|: the cost of a length mismatch of
 * `z` standard deviations (0 for a perfect match, about z²/2 for large z).
 */
export function tailCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  // erfc by the Chebyshev fit with fractional error below 1.2e-7; kept in log space so large z stay finite.
  const t = 1 / (1 + 0.5 * x);
  const logErfc =
    Math.log(t) - x * x - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.max(0, -logErfc);
}

/** `tailCost` tabulated every 1/64 standard deviation up to 48 (linear interpolation in between). */
const STEP = 64;
const LIMIT = 48;
let table: Float64Array | undefined;

function tailCostFast(z: number): number {
  const x = Math.abs(z) * STEP;
  if (x >= LIMIT * STEP) return tailCost(z);
  if (!table) {
    table = new Float64Array(LIMIT * STEP + 2);
    for (let k = 0; k < table.length; k++) table[k] = tailCost(k / STEP);
  }
  const k = Math.floor(x);
  const f = x - k;
  return table[k]! * (1 - f) + table[k + 1]! * f;
}

/** Cost of pairing `ls` source characters with `lt` target characters. */
export function lengthCost(model: LengthModel, ls: number, lt: number): number {
  if (ls === 0 && lt === 0) return 0;
  const expected = model.ratio * ls;
  const z = (lt - expected) / Math.sqrt(model.variance * ((expected + lt) / 2) + 1);
  return tailCostFast(z);
}

/**
 * Typical target/source ratio in non-space characters for a language pair: English translations run about a
 * fifth longer than their Arabic source.
 */
export function typicalRatio(source: 'ar' | 'en', target: 'ar' | 'en'): number {
  if (source === target) return 1;
  return source === 'ar' ? 1.2 : 1 / 1.2;
}

/** Sentences' worth of weight the typical ratio keeps against a document's own totals. */
const RATIO_PRIOR_SENTENCES = 20;

/**
 * The first estimate of the ratio: the document's totals, shrunk towards the language pair's typical ratio.
 * A short text that drops one long sentence would otherwise shift its ratio by a tenth or more.
 */
export function ratioFromTotals(source: readonly number[], target: readonly number[], typical = 1): number {
  const s = source.reduce((x, y) => x + y, 0);
  const t = target.reduce((x, y) => x + y, 0);
  if (s === 0 || t === 0) return typical;
  const k = Math.min(source.length, target.length);
  return Math.exp((k * Math.log(t / s) + RATIO_PRIOR_SENTENCES * Math.log(typical)) / (k + RATIO_PRIOR_SENTENCES));
}

/** How many pairs' worth of weight the start ratio and variance keep when the document's own are estimated. */
const VARIANCE_PRIOR_PAIRS = 10;

/**
 * Re-estimates ratio and variance from pairs believed to be 1-1 translations. The variance is shrunk
 * towards the start value (short documents give few pairs), and the largest tenth of the squared deviations
 * is dropped so a few misaligned pairs do not inflate it.
 */
export function estimateFromPairs(pairs: ReadonlyArray<readonly [number, number]>, start: LengthModel): LengthModel {
  if (pairs.length < 3) return start;
  let s = 0;
  let t = 0;
  for (const [a, b] of pairs) {
    s += a;
    t += b;
  }
  if (s === 0 || t === 0) return start;
  const k = pairs.length;
  const ratio = Math.exp((k * Math.log(t / s) + VARIANCE_PRIOR_PAIRS * Math.log(start.ratio)) / (k + VARIANCE_PRIOR_PAIRS));
  const dev = pairs.map(([a, b]) => (b - ratio * a) ** 2 / Math.max(1, (ratio * a + b) / 2)).sort((x, y) => x - y);
  const kept = dev.slice(0, Math.max(1, Math.ceil(dev.length * 0.9)));
  const sum = kept.reduce((x, y) => x + y, 0);
  const variance = (sum + VARIANCE_PRIOR_PAIRS * start.variance) / (kept.length + VARIANCE_PRIOR_PAIRS);
  return { ratio, variance: Math.min(60, Math.max(1.5, variance)) };
}
