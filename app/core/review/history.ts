/**
 * The history of a row's target: every confirmation (by the translator, a reviewer, a final sign-off) is kept
 * with who, when, the state it was confirmed as and the text, so a reviewer sees exactly what changed since the
 * translator confirmed and a project can be audited later.
 *
 * The history is kept in the row's `extra` under `qalam:history` (JSON), so it travels today, unchanged, in
 * the .qalam file and in XLIFF 2 (the writer puts `extra` entries in `<mda:metadata>`, which other tools
 * ignore). Only this file knows that; everything else calls `rowHistory` and `confirmRow`.
 */
import type { Row, SegmentState } from '../project/model';
import { SEGMENT_STATES } from '../project/model';

/** One confirmation of a row's target. */
export interface TargetHistoryEntry {
  /** The user name from settings. */
  user: string;
  /** ISO 8601 time of the confirmation. */
  date: string;
  /** The state the target was confirmed as. */
  state: SegmentState;
  /** The target text as confirmed. */
  text: string;
}

/** The `Row.extra` key that holds the history. */
export const HISTORY_KEY = 'qalam:history';

/** Who confirms, and when (the caller passes the clock so the function stays pure and testable). */
export interface ConfirmContext {
  user: string;
  date: string;
}

const isEntry = (e: unknown): e is TargetHistoryEntry => {
  const x = e as Partial<TargetHistoryEntry> | null;
  return (
    typeof x === 'object' && x !== null && typeof x.user === 'string' && typeof x.date === 'string' && typeof x.text === 'string' &&
    SEGMENT_STATES.includes(x.state as SegmentState)
  );
};

/** The row's target history, oldest first (empty when it has none). A damaged history is an error naming the row. */
export function rowHistory(row: Row): TargetHistoryEntry[] {
  const raw = row.extra?.[HISTORY_KEY];
  if (raw === undefined || raw === '') return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new RangeError(`row ${row.id}: the target history is damaged (not JSON)`);
  }
  if (!Array.isArray(data)) throw new RangeError(`row ${row.id}: the target history is damaged (not a list)`);
  const bad = data.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw new RangeError(`row ${row.id}: the target history is damaged (entry ${bad + 1})`);
  return data.map((e: TargetHistoryEntry) => ({ user: e.user, date: e.date, state: e.state, text: e.text }));
}

/** The row with `history` as its target history. */
export function withRowHistory<R extends Row>(row: R, history: readonly TargetHistoryEntry[]): R {
  const extra = { ...(row.extra ?? {}) };
  if (history.length > 0) extra[HISTORY_KEY] = JSON.stringify(history);
  else delete extra[HISTORY_KEY];
  const { extra: _old, ...others } = row;
  return (Object.keys(extra).length > 0 ? { ...others, extra } : others) as R;
}

/**
 * Confirms a row's current target as `state` and records it in the history. Confirming the same text as the
 * same state again by the same user adds nothing (pressing the confirm key twice is not a new event); an
 * empty target cannot be confirmed.
 */
export function confirmRow<R extends Row>(row: R, state: Exclude<SegmentState, 'initial'>, ctx: ConfirmContext): R {
  if (row.target.trim() === '') throw new RangeError(`row ${row.id}: an empty target cannot be confirmed`);
  const history = rowHistory(row);
  const last = history[history.length - 1];
  const repeat = last !== undefined && last.text === row.target && last.state === state && last.user === ctx.user;
  const next = repeat ? history : [...history, { user: ctx.user, date: ctx.date, state, text: row.target }];
  return withRowHistory({ ...row, state }, next);
}

/**
 * The text a review compares against: the latest confirmation with state `translated` (the translator's
 * confirmed text). Undefined when the translator never confirmed.
 */
export function translatorBaseline(history: readonly TargetHistoryEntry[]): TargetHistoryEntry | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.state === 'translated') return e;
  }
  return undefined;
}

/** The latest confirmation, if any. */
export function lastConfirmation(history: readonly TargetHistoryEntry[]): TargetHistoryEntry | undefined {
  return history[history.length - 1];
}
