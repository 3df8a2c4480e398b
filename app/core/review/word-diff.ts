/**
 * Word-level tracked changes between two versions of a target text (the translator's confirmed text and the
 * reviewer's current one), and accepting or rejecting them one by one or all at once.
 *
 * A diff is a list of parts: unchanged text and changes (`before` → `after`). Joining the `before` sides gives
 * the old text back exactly, joining the `after` sides gives the new one, so accepting or rejecting changes never
 * loses a space or a punctuation mark. All functions are pure and return new values.
 */
import { diffArrays } from 'diff';
import type { Lang } from '../align/types';
import { wordTokens } from './word-tokens';

/** Text that both versions share. */
export interface SamePart {
  kind: 'same';
  text: string;
}

/** One tracked change: `before` was replaced by `after` (either may be empty: a pure insertion or deletion). */
export interface ChangePart {
  kind: 'change';
  /** Stable within this diff, so the UI can accept or reject this change by id. */
  id: number;
  before: string;
  after: string;
}

export type DiffPart = SamePart | ChangePart;

export interface WordDiff {
  parts: DiffPart[];
}

/**
 * The word-level diff from `before` to `after`. Changes separated only by spaces are shown as one change
 * ("big red" → "small blue" rather than two changes around a kept space), which reads better in both languages.
 */
export function diffWords(before: string, after: string, lang: Lang): WordDiff {
  const a = wordTokens(before, lang).map((t) => t.text);
  const b = wordTokens(after, lang).map((t) => t.text);
  const raw: DiffPart[] = [];
  for (const c of diffArrays(a, b)) {
    const text = c.value.join('');
    const last = raw[raw.length - 1];
    if (!c.added && !c.removed) {
      raw.push({ kind: 'same', text });
    } else if (last?.kind === 'change') {
      if (c.added) last.after += text;
      else last.before += text;
    } else {
      raw.push({ kind: 'change', id: 0, before: c.removed ? text : '', after: c.added ? text : '' });
    }
  }
  return { parts: numberChanges(tidySpaces(mergeAcrossSpaces(raw))) };
}

// The diff may align a space inside a change ("ستدعم " → "لن تدعم "); a space both sides share at the edge of a
// change is moved out to the unchanged text, so a change shows words only.
function tidySpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.kind !== 'change' || !p.before || !p.after) {
      pushAny(out, p);
      continue;
    }
    const lead = commonEdgeSpace(p.before, p.after, 'start');
    const trail = commonEdgeSpace(p.before.slice(lead.length), p.after.slice(lead.length), 'end');
    const cut = (s: string): string => s.slice(lead.length, s.length - trail.length);
    if (lead) pushAny(out, { kind: 'same', text: lead });
    pushAny(out, { ...p, before: cut(p.before), after: cut(p.after) });
    if (trail) pushAny(out, { kind: 'same', text: trail });
  }
  return out;
}

function commonEdgeSpace(a: string, b: string, edge: 'start' | 'end'): string {
  const re = edge === 'start' ? /^\s+/u : /\s+$/u;
  const x = re.exec(a)?.[0] ?? '';
  const y = re.exec(b)?.[0] ?? '';
  // Only a shared edge, and never the whole of a side (that side would become an empty change).
  return x && x === y && x.length < a.length && y.length < b.length ? x : '';
}

function pushAny(parts: DiffPart[], p: DiffPart): void {
  if (p.kind === 'same') pushSame(parts, p.text);
  else parts.push(p);
}

function mergeAcrossSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const prev = out[out.length - 1];
    const next = parts[i + 1];
    if (p.kind === 'same' && /^\s+$/u.test(p.text) && prev?.kind === 'change' && next?.kind === 'change') {
      prev.before += p.text + next.before;
      prev.after += p.text + next.after;
      i++;
    } else if (p.kind === 'change' && prev?.kind === 'change') {
      prev.before += p.before;
      prev.after += p.after;
    } else {
      out.push({ ...p });
    }
  }
  return out;
}

function numberChanges(parts: DiffPart[]): DiffPart[] {
  let id = 0;
  return parts.map((p) => (p.kind === 'change' ? { ...p, id: id++ } : p));
}

/** The text on one side of the diff: `before` (old) or `after` (new, with every change applied). */
export function diffText(diff: WordDiff, side: 'before' | 'after'): string {
  return diff.parts.map((p) => (p.kind === 'same' ? p.text : p[side])).join('');
}

/** The changes still open in a diff, in text order. */
export function changes(diff: WordDiff): ChangePart[] {
  return diff.parts.filter((p): p is ChangePart => p.kind === 'change');
}

/** Decides one change: `accept` keeps its `after` text, `reject` restores its `before` text. Unknown ids are an error. */
export function decideChange(diff: WordDiff, id: number, decision: 'accept' | 'reject'): WordDiff {
  let found = false;
  const parts: DiffPart[] = [];
  for (const p of diff.parts) {
    if (p.kind === 'change' && p.id === id) {
      found = true;
      pushSame(parts, decision === 'accept' ? p.after : p.before);
    } else if (p.kind === 'same') {
      pushSame(parts, p.text);
    } else {
      parts.push(p);
    }
  }
  if (!found) throw new RangeError(`no open change with id ${id}`);
  return { parts };
}

/** Accepts one change (keeps the reviewer's text there). */
export function acceptChange(diff: WordDiff, id: number): WordDiff {
  return decideChange(diff, id, 'accept');
}

/** Rejects one change (restores the translator's text there). */
export function rejectChange(diff: WordDiff, id: number): WordDiff {
  return decideChange(diff, id, 'reject');
}

/** Accepts every open change: the result has no changes and its text is the new text. */
export function acceptAll(diff: WordDiff): WordDiff {
  return settled(diffText(diff, 'after'));
}

/** Rejects every open change: the result has no changes and its text is the old text. */
export function rejectAll(diff: WordDiff): WordDiff {
  return settled(diffText(diff, 'before'));
}

function settled(text: string): WordDiff {
  return { parts: text ? [{ kind: 'same', text }] : [] };
}

function pushSame(parts: DiffPart[], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last?.kind === 'same') last.text += text;
  else parts.push({ kind: 'same', text });
}
