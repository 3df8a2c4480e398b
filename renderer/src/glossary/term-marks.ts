/**
 * The glossary as the grid sees it: one index per glossary, and term marks for the Arabic of each row, computed
 * only when a row is drawn and remembered per row object. Rows are immutable values, so a row that did not
 * change keeps its marks (and its memoised view) however long the document is.
 */
import { useMemo } from 'react';
import { GlossaryIndex } from '../../../app/core/glossary/index';
import type { GlossaryEntry, Row } from '../../../app/core/project/model';
import type { Mark, SourceMarks } from '../source-text';

const EMPTY: GlossaryEntry[] = [];

/** The glossary index of the open project, rebuilt only when the glossary list itself changes. */
export function useGlossaryIndex(glossary: GlossaryEntry[] | undefined): GlossaryIndex {
  const list = glossary ?? EMPTY;
  return useMemo(() => new GlossaryIndex(list), [list]);
}

/** What a term mark's tooltip says: "term → preferred translation". */
export function termTitle(entry: GlossaryEntry): string {
  return `${entry.source} → ${entry.targets.join(' / ')}`;
}

/** A function giving the term marks of a row, cached per row object for this index. */
export function termMarker(index: GlossaryIndex): (row: Row) => SourceMarks {
  const cache = new WeakMap<Row, SourceMarks>();
  return (row) => {
    let marks = cache.get(row);
    if (!marks) {
      const out: Mark[] = [];
      row.source.forEach((text, sentence) => {
        for (const m of index.matchSource(text)) {
          const e = index.entries.get(m.entryId);
          if (e) out.push({ sentence, start: m.start, end: m.end, kind: 'term', title: termTitle(e) });
        }
      });
      marks = out;
      cache.set(row, marks);
    }
    return marks;
  };
}

/**
 * Term marks for every row drawn, merged with other marks (search hits win where they overlap, being what the
 * translator is looking for right now). Rows without other marks get the cached array, so their views stay memoised.
 */
export function useTermMarks(index: GlossaryIndex, rows: Row[], other?: (i: number) => SourceMarks | undefined): (i: number) => SourceMarks | undefined {
  const marker = useMemo(() => termMarker(index), [index]);
  return useMemo(() => (i: number) => {
    const row = rows[i];
    const terms = row ? marker(row) : undefined;
    const extra = other?.(i);
    if (!extra?.length) return terms?.length ? terms : undefined;
    const free = (terms ?? []).filter((t) => !extra.some((h) => h.sentence === t.sentence && h.start < t.end && t.start < h.end));
    return [...extra, ...free];
  }, [marker, rows, other]);
}
