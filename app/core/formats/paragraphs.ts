/** Runs of consecutive rows that belong to the same source paragraph. */
import type { Row } from '../project/model';

export interface ParagraphRun {
  paragraph: number;
  rows: Row[];
}

/** Splits rows into runs of the same `paragraph`, in order (a paragraph that comes back later starts a new run). */
export function paragraphRuns(rows: readonly Row[]): ParagraphRun[] {
  const runs: ParagraphRun[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.paragraph === row.paragraph) last.rows.push(row);
    else runs.push({ paragraph: row.paragraph, rows: [row] });
  }
  return runs;
}

/** Sentences of a bead joined for formats with one source string per unit. */
export function joinSource(source: readonly string[]): string {
  return source.join(' ');
}

/**
 * The lengths of the sentences of a bead, written where a format has one source string, so the import can
 * cut the string again. Undefined for the usual one-sentence bead.
 */
export function sentenceLengths(source: readonly string[]): string | undefined {
  return source.length === 1 ? undefined : source.map((s) => s.length).join(' ');
}

/** Cuts a joined source by `lengths`; falls back to one sentence when the lengths do not fit the text. */
export function splitSource(text: string, lengths: string | undefined): string[] {
  if (lengths === undefined) return [text];
  if (lengths === '') return text === '' ? [] : [text];
  const ns = lengths.split(' ').map(Number);
  if (ns.some((n) => !Number.isInteger(n) || n < 0)) return [text];
  const total = ns.reduce((a, b) => a + b, 0) + ns.length - 1;
  if (total !== text.length) return [text];
  const out: string[] = [];
  let at = 0;
  for (const n of ns) {
    out.push(text.slice(at, at + n));
    at += n;
    if (at < text.length && text[at] !== ' ') return [text];
    at++;
  }
  return out;
}
