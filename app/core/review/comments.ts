/** Review comments on a row: `Row.notes` entries with an author and a date. */
import type { Note, Row } from '../project/model';
import type { ConfirmContext } from './history';

/** The row with a comment added (blank comments are refused: they would show as empty bubbles). */
export function addComment<R extends Row>(row: R, text: string, ctx: ConfirmContext): R {
  const t = text.trim();
  if (!t) throw new RangeError(`row ${row.id}: an empty comment cannot be added`);
  const note: Note = { text: t, date: ctx.date };
  if (ctx.user) note.author = ctx.user;
  return { ...row, notes: [...(row.notes ?? []), note] };
}

/** The row without its comment at `index`. */
export function removeComment<R extends Row>(row: R, index: number): R {
  const notes = row.notes ?? [];
  if (index < 0 || index >= notes.length) throw new RangeError(`row ${row.id}: no comment ${index + 1}`);
  const rest = notes.filter((_, i) => i !== index);
  const { notes: _dropped, ...others } = row;
  return (rest.length > 0 ? { ...others, notes: rest } : others) as R;
}
