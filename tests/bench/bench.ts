/** The shape of a benchmark file: `tests/bench/<area>.bench.ts` exports `benches`. */
export interface Measurement {
  metric: string;
  value: number;
  unit: 'ms' | 'MB';
}

export interface Bench {
  /** The metric names this bench reports; `npm run bench -- <prefix>` runs the benches with a matching name. */
  metrics: string[];
  run(): Promise<Measurement[]>;
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
