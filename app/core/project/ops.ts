/**
 * What a translator does to rows, as pure functions that describe a `Change` (see history.ts) without applying it.
 * Each returns null when the operation does not apply (merging the last row, deleting a row with text, …).
 */
import type { Row, SegmentState } from './model';
import { confirmRow } from '../review/history';
import { SEGMENT_STATES } from './model';
import type { Change } from './history';

/** Splits English (or Arabic) text into sentences; the editor passes the real segmenter. */
export type SentenceSplitter = (text: string) => string[];

/** A fallback splitter: breaks after . ! ? ؟ followed by space. The app passes core/text's segmenter instead. */
export const simpleSplitter: SentenceSplitter = (text) =>
  text
    .split(/(?<=[.!?؟…]["'”’»)]?)\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);

function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return `${a.trimEnd()} ${b.trimStart()}`;
}

function lowerState(a: SegmentState, b: SegmentState): SegmentState {
  return SEGMENT_STATES[Math.min(SEGMENT_STATES.indexOf(a), SEGMENT_STATES.indexOf(b))]!;
}

/** A row id not used in `rows`, derived from `base` so related rows keep related ids. */
export function freshId(rows: readonly Row[], base: string): string {
  const used = new Set(rows.map((r) => r.id));
  for (let n = 2; ; n++) {
    const id = `${base}.${n}`;
    if (!used.has(id)) return id;
  }
}

function replaceOne(rows: readonly Row[], index: number, row: Row, label: string, coalesceKey?: string): Change {
  return { label, focus: index, splices: [{ index, removed: [rows[index]!], inserted: [row] }], ...(coalesceKey ? { coalesceKey } : {}) };
}

/** Typing in the English of a row. Consecutive edits of one row coalesce into one undo step. */
export function editTarget(rows: readonly Row[], index: number, target: string): Change | null {
  const row = rows[index];
  if (!row || row.target === target) return null;
  return replaceOne(rows, index, { ...row, target }, 'edit', `edit:${row.id}`);
}

/**
 * Sets a row's state. Confirming (any state past `initial`) records who confirmed which text in the row's target
 * history (core/review/history), so a reviewer can later see what changed since the translator confirmed it.
 */
export function setState(rows: readonly Row[], index: number, state: SegmentState, who?: { user: string; date: string }): Change | null {
  const row = rows[index];
  if (!row) return null;
  let next: Row = { ...row, state };
  if (state !== 'initial' && who && row.target.trim() !== '') next = confirmRow(row, state, who);
  if (next.state === row.state && next.extra?.['qalam:history'] === row.extra?.['qalam:history']) return null;
  return replaceOne(rows, index, next, state === 'initial' ? 'unconfirm' : 'confirm');
}

/** Merges a row with the next one: sources and targets joined, the first row's id kept, the alignment now manual. */
export function mergeWithNext(rows: readonly Row[], index: number): Change | null {
  const a = rows[index];
  const b = rows[index + 1];
  if (!a || !b) return null;
  const merged: Row = {
    ...a,
    source: [...a.source, ...b.source],
    target: joinText(a.target, b.target),
    state: lowerState(a.state, b.state),
    score: null,
    ...(a.notes || b.notes ? { notes: [...(a.notes ?? []), ...(b.notes ?? [])] } : {}),
  };
  return { label: 'merge', focus: index, splices: [{ index, removed: [a, b], inserted: [merged] }] };
}

/** Where to cut a row: in the source (sentence index and offset within it) and/or in the target (offset). */
export interface SplitPoint {
  source?: { sentence: number; offset: number };
  target?: number;
}

/**
 * Splits a row in two at the caret: the source before the point stays, the rest goes to a new row below; the same
 * for the target. Splitting inside a sentence cuts that sentence (a sentence the segmenter failed to break).
 */
export function splitRow(rows: readonly Row[], index: number, at: SplitPoint): Change | null {
  const row = rows[index];
  if (!row) return null;
  let before: string[] = row.source;
  let after: string[] = [];
  if (at.source) {
    const { sentence, offset } = at.source;
    if (sentence < 0 || sentence > row.source.length) return null;
    const s = row.source[sentence] ?? '';
    const head = s.slice(0, offset).trim();
    const tail = s.slice(offset).trim();
    before = [...row.source.slice(0, sentence), ...(head ? [head] : [])];
    after = [...(tail ? [tail] : []), ...row.source.slice(sentence + 1)];
  }
  let t1 = row.target;
  let t2 = '';
  if (at.target !== undefined) {
    if (at.target < 0 || at.target > row.target.length) return null;
    t1 = row.target.slice(0, at.target).trimEnd();
    t2 = row.target.slice(at.target).trimStart();
  }
  if (before.length + after.length === 0 && !t2) return null;
  if (after.length === 0 && !t2) return null;
  const first: Row = { ...row, source: before, target: t1, score: null, state: t1 ? row.state : 'initial' };
  const second: Row = { id: freshId(rows, row.id), source: after, target: t2, state: 'initial', score: null, paragraph: row.paragraph };
  return { label: 'split', focus: index, splices: [{ index, removed: [row], inserted: [first, second] }] };
}

export type Side = 'source' | 'target';

/**
 * Moves one sentence to the neighbouring row: `up` sends this row's first sentence to the end of the row above,
 * `down` sends its last sentence to the start of the row below.
 */
export function moveSentence(rows: readonly Row[], index: number, side: Side, direction: 'up' | 'down', split: SentenceSplitter = simpleSplitter): Change | null {
  const row = rows[index];
  const otherIndex = direction === 'up' ? index - 1 : index + 1;
  const other = rows[otherIndex];
  if (!row || !other) return null;
  let nextRow: Row;
  let nextOther: Row;
  if (side === 'source') {
    if (row.source.length === 0) return null;
    if (direction === 'up') {
      nextOther = { ...other, source: [...other.source, row.source[0]!], score: null };
      nextRow = { ...row, source: row.source.slice(1), score: null };
    } else {
      nextOther = { ...other, source: [row.source[row.source.length - 1]!, ...other.source], score: null };
      nextRow = { ...row, source: row.source.slice(0, -1), score: null };
    }
  } else {
    const sentences = split(row.target);
    if (sentences.length === 0) return null;
    if (direction === 'up') {
      nextOther = { ...other, target: joinText(other.target, sentences[0]!), score: null };
      nextRow = { ...row, target: sentences.slice(1).join(' '), score: null };
    } else {
      nextOther = { ...other, target: joinText(sentences[sentences.length - 1]!, other.target), score: null };
      nextRow = { ...row, target: sentences.slice(0, -1).join(' '), score: null };
    }
  }
  const lo = Math.min(index, otherIndex);
  const pair = direction === 'up' ? [nextOther, nextRow] : [nextRow, nextOther];
  return {
    label: `move-${side}-${direction}`,
    focus: otherIndex,
    splices: [{ index: lo, removed: [rows[lo]!, rows[lo + 1]!], inserted: pair }],
  };
}

/** Inserts an empty row after `index` (-1 inserts at the top), in the same paragraph. */
export function insertRowAfter(rows: readonly Row[], index: number): Change {
  const near = rows[index] ?? rows[index + 1];
  const row: Row = { id: freshId(rows, near?.id ?? 'u'), source: [], target: '', state: 'initial', score: null, paragraph: near?.paragraph ?? 0 };
  return { label: 'insert', focus: index + 1, splices: [{ index: index + 1, removed: [], inserted: [row] }] };
}

/** Deletes a row, only when it holds no text on either side (text is never lost by a delete). */
export function deleteEmptyRow(rows: readonly Row[], index: number): Change | null {
  const row = rows[index];
  if (!row || row.source.some((s) => s.trim()) || row.target.trim()) return null;
  return { label: 'delete', focus: Math.min(index, rows.length - 2), splices: [{ index, removed: [row], inserted: [] }] };
}

/** Replaces the rows from `index` on with a new alignment of the same sentences (re-align from here). */
export function replaceFrom(rows: readonly Row[], index: number, replacement: Row[]): Change {
  return { label: 'realign', focus: index, splices: [{ index, removed: rows.slice(index), inserted: replacement }] };
}

/** Several row edits (a replace-all) as one undoable step. Each entry is a row index and its new target. */
export function editTargets(rows: readonly Row[], edits: { index: number; target: string }[], label = 'replace'): Change | null {
  const splices = edits
    .filter((e) => rows[e.index] && rows[e.index]!.target !== e.target)
    .map((e) => ({ index: e.index, removed: [rows[e.index]!], inserted: [{ ...rows[e.index]!, target: e.target }] }));
  if (splices.length === 0) return null;
  return { label, focus: splices[0]!.index, splices };
}

/** Rows replaced in place (each by a new version of itself) as one undoable step; unchanged rows are left out. */
export function replaceRows(rows: readonly Row[], updates: { index: number; row: Row }[], label: string): Change | null {
  const splices = updates.filter((u) => rows[u.index] && rows[u.index] !== u.row).map((u) => ({ index: u.index, removed: [rows[u.index]!], inserted: [u.row] }));
  if (splices.length === 0) return null;
  return { label, focus: splices[0]!.index, splices };
}
