/**
 * Finding rows: filters by state, score and text, and find/replace in the English with the options translators
 * expect (case, whole word, regular expression). Arabic search can ignore diacritics, tatweel and letter variants.
 */
import type { Row, SegmentState } from './model';
import { normalizeArabicWithOffsets, normalizeArabic, originalSpan } from '../text/normalize';

export interface FindOptions {
  caseSensitive?: boolean;
  wholeWord?: boolean;
  regex?: boolean;
  /** Arabic: ignore harakat, tatweel, alef/ya/ta-marbuta variants (on by default for the source side). */
  loose?: boolean;
}

export interface TextMatch {
  row: number;
  /** For the source side, which sentence of the row. */
  sentence: number;
  start: number;
  end: number;
}

/** A query compiled once; an invalid regular expression is reported, not thrown at every keystroke. */
export type Query = { ok: true; pattern: RegExp } | { ok: false; error: string };

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileQuery(text: string, options: FindOptions): Query {
  if (!text) return { ok: false, error: 'empty' };
  let source = options.regex ? text : escapeRegex(text);
  // \b knows only ASCII word characters; these lookarounds work for Arabic and accented letters too.
  if (options.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;
  try {
    return { ok: true, pattern: new RegExp(source, `gu${options.caseSensitive ? '' : 'i'}`) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function* matchesIn(text: string, pattern: RegExp): Generator<[number, number]> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    yield [m.index, m.index + m[0].length];
  }
}

/** Every match of the query in the English of the rows. */
export function findInTargets(rows: readonly Row[], query: string, options: FindOptions = {}): TextMatch[] {
  const q = compileQuery(query, options);
  if (!q.ok) return [];
  const out: TextMatch[] = [];
  rows.forEach((r, row) => {
    for (const [start, end] of matchesIn(r.target, q.pattern)) out.push({ row, sentence: 0, start, end });
  });
  return out;
}

/** Every match of the query in the Arabic, offsets in the original text; `loose` folds spelling variants first. */
export function findInSources(rows: readonly Row[], query: string, options: FindOptions = {}): TextMatch[] {
  const loose = options.loose ?? true;
  const q = compileQuery(loose ? normalizeArabic(query, { tehMarbutaToHeh: true }) : query, options);
  if (!q.ok) return [];
  const out: TextMatch[] = [];
  rows.forEach((r, row) => {
    r.source.forEach((s, sentence) => {
      if (!loose) {
        for (const [start, end] of matchesIn(s, q.pattern)) out.push({ row, sentence, start, end });
        return;
      }
      const n = normalizeArabicWithOffsets(s, { tehMarbutaToHeh: true });
      for (const [a, b] of matchesIn(n.text, q.pattern)) {
        const span = originalSpan(n, a, b, s);
        out.push({ row, sentence, ...span });
      }
    });
  });
  return out;
}

/**
 * Replaces every match in the English and returns the edited rows (index and new text). With `regex`, the
 * replacement may use $1, $2 … and $& as in JavaScript.
 */
export function replaceInTargets(rows: readonly Row[], query: string, replacement: string, options: FindOptions = {}, only?: ReadonlySet<number>): { index: number; target: string }[] {
  const q = compileQuery(query, options);
  if (!q.ok) return [];
  const edits: { index: number; target: string }[] = [];
  const literal = options.regex ? replacement : replacement.replace(/\$/g, '$$$$');
  rows.forEach((r, index) => {
    if (only && !only.has(index)) return;
    q.pattern.lastIndex = 0;
    const next = r.target.replace(q.pattern, literal);
    if (next !== r.target) edits.push({ index, target: next });
  });
  return edits;
}

export interface RowFilter {
  states?: readonly SegmentState[];
  /** Keep rows whose alignment score is below this (rows set by hand have no score and are not kept). */
  scoreBelow?: number;
  /** Keep rows whose English or Arabic contains this (Arabic compared loosely). */
  text?: string;
  /** Keep rows with at least one comment. */
  commented?: boolean;
}

/** Indices of the rows that pass the filter, in document order. */
export function filterRows(rows: readonly Row[], filter: RowFilter): number[] {
  const states = filter.states && filter.states.length ? new Set(filter.states) : null;
  const needle = filter.text?.trim() ? filter.text.trim() : null;
  const arNeedle = needle ? normalizeArabic(needle, { tehMarbutaToHeh: true }) : null;
  const enNeedle = needle?.toLowerCase() ?? null;
  const out: number[] = [];
  rows.forEach((r, i) => {
    if (states && !states.has(r.state)) return;
    if (filter.scoreBelow !== undefined && !(r.score !== null && r.score < filter.scoreBelow)) return;
    if (filter.commented && !r.notes?.length) return;
    if (needle && !r.target.toLowerCase().includes(enNeedle!) && !r.source.some((s) => normalizeArabic(s, { tehMarbutaToHeh: true }).includes(arNeedle!))) return;
    out.push(i);
  });
  return out;
}

/** Row indices sorted by alignment score, least confident first (rows without a score last). */
export function byScore(rows: readonly Row[], indices: readonly number[]): number[] {
  return [...indices].sort((a, b) => (rows[a]!.score ?? 2) - (rows[b]!.score ?? 2) || a - b);
}
