/**
 * The history of a row's target: every confirmation (by the translator, a reviewer, a final sign-off) is kept
 * with who, when, the state it was confirmed as and the text, so a reviewer sees exactly what changed since the
 * translator confirmed and a project can be audited later.
 */
import type { Row, SegmentState } from '../project/model';

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

/**
 * A row with its target history. The history lives beside the row (oldest first) until the project model
 * gives it a field of its own; `history` is the name that field should have.
 */
export interface RowWithHistory extends Row {
  history?: TargetHistoryEntry[];
}

/** Who confirms, and when (the caller passes the clock so the function stays pure and testable). */
export interface ConfirmContext {
  user: string;
  date: string;
}

/**
 * Confirms a row's current target as `state` and records it in the history. Confirming the same text as the
 * same state again by the same user adds nothing (pressing the confirm key twice is not a new event); an
 * empty target cannot be confirmed.
 */
export function confirmRow<R extends RowWithHistory>(row: R, state: Exclude<SegmentState, 'initial'>, ctx: ConfirmContext): R & { history: TargetHistoryEntry[] } {
  if (row.target.trim() === '') throw new RangeError(`row ${row.id}: an empty target cannot be confirmed`);
  const history = row.history ?? [];
  const last = history[history.length - 1];
  const repeat = last !== undefined && last.text === row.target && last.state === state && last.user === ctx.user;
  const next = repeat ? history : [...history, { user: ctx.user, date: ctx.date, state, text: row.target }];
  return { ...row, state, history: next };
}

/**
 * The text a review compares against: the latest confirmation made before review started, i.e. the last entry
 * whose state is `translated` (the translator's confirmed text). Undefined when the translator never confirmed.
 */
export function translatorBaseline(history: readonly TargetHistoryEntry[] | undefined): TargetHistoryEntry | undefined {
  if (!history) return undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.state === 'translated') return e;
  }
  return undefined;
}

/** The latest confirmation, if any. */
export function lastConfirmation(history: readonly TargetHistoryEntry[] | undefined): TargetHistoryEntry | undefined {
  return history?.[history.length - 1];
}
