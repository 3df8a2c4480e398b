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

/** Gale and Church's variance for European languages; a start value before the document's own is known. */
export const DEFAULT_VARIANCE = 6.8;

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

/** Cost of pairing `ls` source characters with `lt` target characters. */
export function lengthCost(model: LengthModel, ls: number, lt: number): number {
  if (ls === 0 && lt === 0) return 0;
  const expected = model.ratio * ls;
  const z = (lt - expected) / Math.sqrt(model.variance * ((expected + lt) / 2) + 1);
  return tailCost(z);
}

/** Ratio from the totals of the two texts (the first estimate). */
export function ratioFromTotals(source: readonly number[], target: readonly number[]): number {
  const s = source.reduce((x, y) => x + y, 0);
  const t = target.reduce((x, y) => x + y, 0);
  return s > 0 && t > 0 ? t / s : 1;
}

/**
 * Re-estimates ratio and variance from pairs believed to be 1-1 translations. The largest tenth of the
 * squared deviations is dropped so a few misaligned pairs do not inflate the variance.
 */
export function estimateFromPairs(pairs: ReadonlyArray<readonly [number, number]>, fallback: LengthModel): LengthModel {
  if (pairs.length < 10) return fallback;
  let s = 0;
  let t = 0;
  for (const [a, b] of pairs) {
    s += a;
    t += b;
  }
  if (s === 0 || t === 0) return fallback;
  const ratio = t / s;
  const dev = pairs.map(([a, b]) => (b - ratio * a) ** 2 / Math.max(1, (ratio * a + b) / 2)).sort((x, y) => x - y);
  const kept = dev.slice(0, Math.max(1, Math.floor(dev.length * 0.9)));
  const variance = kept.reduce((x, y) => x + y, 0) / kept.length;
  return { ratio, variance: Math.min(60, Math.max(3, variance)) };
}
