/**
 * Term checks: a source term whose translation is missing, a forbidden translation used, and two allowed
 * translations of one term used in one document (ISIS here, Daesh there).
 */
import type { GlossaryIndex, SourceMatch, TargetMatch } from '../glossary/index';
import type { Row } from '../project/model';
import type { QaIssue, QaSpan } from './types';

/** What the term checks found in one row, kept for the document-wide variant check. */
export interface RowTerms {
  row: Row;
  source: { sentence: number; match: SourceMatch }[];
  target: TargetMatch[];
}

/** Finds the terms of a row on both sides. */
export function rowTerms(index: GlossaryIndex, row: Row): RowTerms {
  const source: RowTerms['source'] = [];
  row.source.forEach((s, sentence) => {
    for (const match of index.matchSource(s)) source.push({ sentence, match });
  });
  return { row, source, target: row.target.trim() === '' ? [] : index.matchTarget(row.target) };
}

/** `term-missing` and `term-forbidden` for one row. */
export function termChecks(index: GlossaryIndex, t: RowTerms): QaIssue[] {
  const out: QaIssue[] = [];
  const { row } = t;
  if (row.target.trim() === '' || (t.source.length === 0 && t.target.length === 0)) return out;
  const translated = new Set(t.target.filter((m) => !m.forbidden).map((m) => m.entryId));
  const seen = new Set<string>();
  for (const { sentence, match } of t.source) {
    if (translated.has(match.entryId) || seen.has(match.entryId)) continue;
    seen.add(match.entryId);
    const e = index.entries.get(match.entryId);
    if (!e) continue;
    const spans: QaSpan[] = t.source
      .filter((s) => s.match.entryId === e.id)
      .map((s) => ({ side: 'source', sentence: s.sentence, start: s.match.start, end: s.match.end }));
    const allowed = e.targets.map((x) => `"${x}"`).join(' or ');
    out.push({
      rowId: row.id, check: 'term-missing', severity: 'error', key: e.source, entryId: e.id, spans, suggestion: e.targets[0],
      ...(sentence > 0
        ? { code: 'term-missing-in-sentence', params: { term: e.source, surface: match.surface, sentence: sentence + 1, translations: e.targets } }
        : { code: 'term-missing', params: { term: e.source, surface: match.surface, translations: e.targets } }),
      message: `the term ${e.source} (${match.surface}${sentence > 0 ? ` in sentence ${sentence + 1}` : ''}) should be translated ${allowed}`,
    });
  }
  for (const m of t.target) {
    if (!m.forbidden) continue;
    const e = index.entries.get(m.entryId);
    if (!e) continue;
    out.push({
      rowId: row.id, check: 'term-forbidden', severity: 'error', key: `${e.source}|${m.translation}`, entryId: e.id,
      spans: [{ side: 'target', start: m.start, end: m.end }], suggestion: e.targets[0],
      code: 'term-forbidden', params: { used: m.surface, term: e.source, preferred: e.targets[0]! },
      message: `"${m.surface}" is a forbidden translation of ${e.source}; use "${e.targets[0]}"`,
    });
  }
  return out;
}

/**
 * `term-variant`: for each term translated in more than one allowed way across the document (counting only
 * rows whose source has the term), every row that uses a translation other than the most used one (the
 * preferred one on a tie) gets an issue with the counts and the suggested translation.
 */
export function variantChecks(index: GlossaryIndex, all: readonly RowTerms[]): QaIssue[] {
  const uses = new Map<string, Map<string, { count: number; rows: { t: RowTerms; m: TargetMatch }[] }>>();
  for (const t of all) {
    for (const m of t.target) {
      // A row has a few terms at most: a scan beats building a set for every row.
      if (m.forbidden || !t.source.some((s) => s.match.entryId === m.entryId)) continue;
      let byTranslation = uses.get(m.entryId);
      if (!byTranslation) uses.set(m.entryId, (byTranslation = new Map()));
      let u = byTranslation.get(m.translation);
      if (!u) byTranslation.set(m.translation, (u = { count: 0, rows: [] }));
      u.count++;
      u.rows.push({ t, m });
    }
  }
  const out: QaIssue[] = [];
  for (const [entryId, byTranslation] of uses) {
    if (byTranslation.size < 2) continue;
    const e = index.entries.get(entryId);
    if (!e) continue;
    const rank = (tr: string): number => {
      const i = e.targets.indexOf(tr);
      return i < 0 ? e.targets.length : i;
    };
    const variants = [...byTranslation].map(([translation, u]) => ({ translation, count: u.count }))
      .sort((a, b) => b.count - a.count || rank(a.translation) - rank(b.translation));
    const suggestion = variants[0]!.translation;
    const counts = variants.map((v) => `"${v.translation}" ${v.count}×`).join(', ');
    for (const [translation, u] of byTranslation) {
      if (translation === suggestion) continue;
      const rowsDone = new Set<string>();
      for (const { t, m } of u.rows) {
        if (rowsDone.has(t.row.id)) continue;
        rowsDone.add(t.row.id);
        out.push({
          rowId: t.row.id, check: 'term-variant', severity: 'warning', key: `${e.source}|${translation}`, entryId,
          spans: [{ side: 'target', start: m.start, end: m.end }], variants, suggestion,
          code: 'term-variant', params: { term: e.source, translation, suggestion },
          message: `${e.source} is translated "${translation}" here; the document uses ${counts}: make them one ("${suggestion}")`,
        });
      }
    }
  }
  return out;
}
