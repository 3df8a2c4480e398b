/**
 * Re-align from here: the translator has fixed the alignment up to a row and asks the aligner to pair the rest
 * again. The Arabic sentences of the remaining rows stay as they are; their English is cut into sentences anew
 * and aligned to them. The re-aligned rows are unconfirmed (a new pairing must be looked at); it is one undo step.
 */
import type { Row } from './model';
import type { Change } from './history';
import { replaceFrom, freshId } from './ops';
import { segment } from '../text/segment';
import { align, type AlignOptions } from '../align/align';

/** The new rows for `rows[index…]`, or null when there is nothing to re-align. */
export function realignFrom(rows: readonly Row[], index: number, options: AlignOptions = {}): Change | null {
  const tail = rows.slice(index);
  if (tail.length < 2) return null;
  const source = tail.flatMap((r) => r.source.map((text) => ({ text, paragraph: r.paragraph })));
  const targetText = tail.map((r) => r.target.trim()).filter(Boolean).join('\n\n');
  const target = targetText ? segment(targetText, 'en') : [];
  if (source.length === 0 || target.length === 0) return null;
  const beads = align(
    source.map((s) => s.text),
    target,
    { ...options, useParagraphs: false },
  );
  const used = [...rows.slice(0, index)];
  let paragraph = tail[0]!.paragraph;
  const next: Row[] = beads.map((b, k) => {
    const first = b.source[0];
    if (first !== undefined) paragraph = source[first]!.paragraph;
    // Keep the ids of the rows being replaced where there are enough of them, so notes and links stay put.
    const id = tail[k]?.id ?? freshId([...used, ...tail], tail[0]!.id);
    const row: Row = {
      id,
      source: b.source.map((i) => source[i]!.text),
      target: b.target.map((j) => target[j]!.text.trim()).join(' '),
      state: 'initial',
      score: Math.round(b.score * 1000) / 1000,
      paragraph,
    };
    used.push(row);
    return row;
  });
  return { ...replaceFrom(rows, index, next), label: 'realign' };
}
