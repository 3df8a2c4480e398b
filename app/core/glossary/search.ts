/**
 * Glossary helpers for the glossary panel: searching entries loosely, and listing the terms of one row
 * (beside the grid, and for the preferred-translation completion in the English editor).
 */
import type { GlossaryEntry, Row } from '../project/model';
import { normalizeArabic } from '../text/normalize';
import type { GlossaryIndex } from './index';

function looseArabic(s: string): string {
  return normalizeArabic(s, { tehMarbutaToHeh: true }).replace(/\s+/g, ' ').trim();
}

/**
 * Entries whose Arabic term contains `query` (spelling-insensitive: harakat, hamza forms, ى/ي, ة/ه), or
 * whose translations, forbidden translations or note contain it (case-insensitive). Entries whose term or a
 * translation starts with the query come first; otherwise the glossary's order is kept.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const q = query.trim();
  if (q === '') return [...entries];
  const qa = looseArabic(q);
  const qe = q.toLowerCase();
  const scored: { e: GlossaryEntry; rank: number; i: number }[] = [];
  entries.forEach((e, i) => {
    const src = looseArabic(e.source);
    const english = [...e.targets, ...e.forbidden].map((t) => t.toLowerCase());
    let rank = -1;
    if (src.startsWith(qa) || english.some((t) => t.startsWith(qe))) rank = 0;
    else if (src.includes(qa) || english.some((t) => t.includes(qe))) rank = 1;
    else if ((e.note ?? '').toLowerCase().includes(qe)) rank = 2;
    if (rank >= 0) scored.push({ e, rank, i });
  });
  return scored.sort((a, b) => a.rank - b.rank || a.i - b.i).map((s) => s.e);
}

/** One glossary term found in a row, as the panel beside the grid lists it. */
export interface RowTerm {
  entry: GlossaryEntry;
  /** Where the term stands in the row's source sentences. */
  occurrences: { sentence: number; start: number; end: number; surface: string }[];
  /** The allowed translations found in the row's target. */
  translationsUsed: string[];
  /** The forbidden translations found in the row's target. */
  forbiddenUsed: string[];
}

/** The glossary terms of a row, in the order they first occur, with what the translation does with them. */
export function termsInRow(index: GlossaryIndex, row: Row): RowTerm[] {
  const byId = new Map<string, RowTerm>();
  row.source.forEach((s, sentence) => {
    for (const m of index.matchSource(s)) {
      const entry = index.entries.get(m.entryId);
      if (!entry) continue;
      let t = byId.get(m.entryId);
      if (!t) byId.set(m.entryId, (t = { entry, occurrences: [], translationsUsed: [], forbiddenUsed: [] }));
      t.occurrences.push({ sentence, start: m.start, end: m.end, surface: m.surface });
    }
  });
  for (const m of index.matchTarget(row.target)) {
    const t = byId.get(m.entryId);
    if (!t) continue;
    const list = m.forbidden ? t.forbiddenUsed : t.translationsUsed;
    if (!list.includes(m.translation)) list.push(m.translation);
  }
  return [...byId.values()];
}
