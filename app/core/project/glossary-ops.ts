/**
 * Glossary and QA-ignore edits as undoable changes, plus the questions the glossary panels ask about a row
 * (which terms it holds, which are still untranslated). Every edit is a {@link Change} that swaps a whole list,
 * so it goes through the one project history and Ctrl+Z undoes it like a text edit.
 */
import { GlossaryIndex } from '../glossary/index';
import type { QaIssue } from '../qa/types';
import { normalizeArabic } from '../text/normalize';
import type { Change, Splice } from './history';
import type { GlossaryEntry, QaIgnore, Row } from './model';

/**
 * Splits what a user typed as translations: one per line or separated by commas (Latin or Arabic ،), trimmed,
 * empty and repeated ones dropped, order kept (the first is the preferred one).
 */
export function parseTranslations(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n,،;]/)) {
    const t = part.replace(/\s+/g, ' ').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** An id not used in `glossary`: `g` + the next free number, so ids stay short and readable in exports. */
export function nextEntryId(glossary: readonly GlossaryEntry[]): string {
  const ids = new Set(glossary.map((e) => e.id));
  let n = glossary.length + 1;
  while (ids.has(`g${String(n).padStart(3, '0')}`)) n++;
  return `g${String(n).padStart(3, '0')}`;
}

/** What is wrong with an entry before it can be saved (message keys of the `glossary` namespace). */
export function entryProblems(entry: GlossaryEntry, glossary: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  const key = normalizeArabic(entry.source, { tehMarbutaToHeh: true }).trim();
  if (!key) problems.push('errors.noSource');
  if (entry.targets.length === 0) problems.push('errors.noTargets');
  if (entry.forbidden.some((f) => entry.targets.some((t) => t.toLowerCase() === f.toLowerCase()))) problems.push('errors.forbiddenAllowed');
  const same = glossary.find((e) => e.id !== entry.id && normalizeArabic(e.source, { tehMarbutaToHeh: true }).trim() === key);
  if (key && same) problems.push('errors.duplicate');
  return problems;
}

function glossaryChange(label: string, before: GlossaryEntry[], after: GlossaryEntry[], focus: number): Change {
  return { label, splices: [], focus, glossary: { before, after } };
}

/** Adds `entry` at the end of the glossary. */
export function addEntry(glossary: GlossaryEntry[], entry: GlossaryEntry, focus: number): Change {
  return glossaryChange('add-term', glossary, [...glossary, entry], focus);
}

/** Replaces the entry with `entry.id`; null when there is none or nothing changed. */
export function updateEntry(glossary: GlossaryEntry[], entry: GlossaryEntry, focus: number): Change | null {
  const i = glossary.findIndex((e) => e.id === entry.id);
  if (i < 0 || JSON.stringify(glossary[i]) === JSON.stringify(entry)) return null;
  const after = glossary.slice();
  after[i] = entry;
  return glossaryChange('edit-term', glossary, after, focus);
}

/** Removes the entry `id`; null when there is none. */
export function deleteEntry(glossary: GlossaryEntry[], id: string, focus: number): Change | null {
  if (!glossary.some((e) => e.id === id)) return null;
  return glossaryChange('delete-term', glossary, glossary.filter((e) => e.id !== id), focus);
}

/** Remembers that the reviewer ignores `issue`, with the reason; null when it is already ignored. */
export function ignoreIssue(ignores: QaIgnore[], issue: Pick<QaIssue, 'rowId' | 'check' | 'key'>, reason: string, focus: number): Change | null {
  if (ignores.some((g) => g.rowId === issue.rowId && g.check === issue.check && g.key === issue.key)) return null;
  const after = [...ignores, { rowId: issue.rowId, check: issue.check, key: issue.key, reason: reason.trim() }];
  return { label: 'qa-ignore', splices: [], focus, qaIgnores: { before: ignores, after } };
}

/** Forgets an ignore, so its issue shows again; null when it is not there. */
export function unignore(ignores: QaIgnore[], ignore: Pick<QaIgnore, 'rowId' | 'check' | 'key'>, focus: number): Change | null {
  const after = ignores.filter((g) => !(g.rowId === ignore.rowId && g.check === ignore.check && g.key === ignore.key));
  if (after.length === ignores.length) return null;
  return { label: 'qa-unignore', splices: [], focus, qaIgnores: { before: ignores, after } };
}

/** Loose glossary search: Arabic ignoring harakat, tatweel and letter variants; English ignoring case. */
export function searchGlossary(glossary: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const q = query.trim();
  if (!q) return glossary.slice();
  const ar = normalizeArabic(q, { tehMarbutaToHeh: true });
  const en = q.toLowerCase();
  return glossary.filter((e) =>
    (ar.trim() !== '' && normalizeArabic(e.source, { tehMarbutaToHeh: true }).includes(ar)) ||
    [...e.targets, ...e.forbidden, e.note ?? ''].some((t) => t.toLowerCase().includes(en)),
  );
}

/** One glossary term found in a row's Arabic. */
export interface RowTerm {
  entry: GlossaryEntry;
  /** The text as it stands in the Arabic, clitics included (للإئتلاف). */
  surface: string;
  sentence: number;
  start: number;
  end: number;
  /** The English already has one of the allowed translations. */
  translated: boolean;
  /** The English uses one of the forbidden translations. */
  forbiddenUsed: boolean;
}

/** The terms of a row's Arabic in reading order, one per entry (its first occurrence). */
export function rowTerms(index: GlossaryIndex, row: Row): RowTerm[] {
  const targets = row.target.trim() ? index.matchTarget(row.target) : [];
  const allowed = new Set(targets.filter((m) => !m.forbidden).map((m) => m.entryId));
  const forbidden = new Set(targets.filter((m) => m.forbidden).map((m) => m.entryId));
  const out: RowTerm[] = [];
  const seen = new Set<string>();
  row.source.forEach((text, sentence) => {
    for (const m of index.matchSource(text)) {
      const entry = index.entries.get(m.entryId);
      if (!entry || seen.has(entry.id)) continue;
      seen.add(entry.id);
      out.push({ entry, surface: m.surface, sentence, start: m.start, end: m.end, translated: allowed.has(entry.id), forbiddenUsed: forbidden.has(entry.id) });
    }
  });
  return out;
}

/** The preferred translation of the first term of the row whose English has no allowed translation yet. */
export function nextTermToInsert(index: GlossaryIndex, row: Row): RowTerm | null {
  return rowTerms(index, row).find((t) => !t.translated) ?? null;
}

/** Keeps a leading capital and a plural -s of the text being replaced ("Alliances" → "Coalitions"). */
function likeSurface(surface: string, translation: string, original: string): string {
  let out = translation;
  const s = surface.toLowerCase();
  const o = original.toLowerCase();
  if (s !== o && (s === `${o}s` || s === `${o}es`) && !/s$/i.test(out)) out += /(s|sh|ch|x|z)$/i.test(out) ? 'es' : 's';
  if (/^\p{Lu}/u.test(surface) && /^\p{Ll}/u.test(out)) out = out[0]!.toUpperCase() + out.slice(1);
  return out;
}

/**
 * "Make consistent" for a `term-variant` issue: in every row whose Arabic holds the term, each other allowed
 * translation of it becomes `issue.suggestion` (the majority one). One change, so one undo step. Null when
 * nothing would change.
 */
export function makeConsistent(rows: readonly Row[], glossary: GlossaryEntry[], issue: Pick<QaIssue, 'entryId' | 'suggestion'>, focus: number): Change | null {
  const entry = glossary.find((e) => e.id === issue.entryId);
  const want = issue.suggestion;
  if (!entry || !want) return null;
  const index = new GlossaryIndex([entry]);
  const splices: Splice[] = [];
  rows.forEach((row, i) => {
    if (!row.target.trim() || !row.source.some((s) => index.matchSource(s).length > 0)) return;
    const hits = index.matchTarget(row.target).filter((m) => !m.forbidden && m.translation !== want);
    if (hits.length === 0) return;
    let text = row.target;
    for (const m of [...hits].sort((a, b) => b.start - a.start)) {
      text = text.slice(0, m.start) + likeSurface(m.surface, want, m.translation) + text.slice(m.end);
    }
    splices.push({ index: i, removed: [row], inserted: [{ ...row, target: text }] });
  });
  if (splices.length === 0) return null;
  return { label: 'make-consistent', splices, focus };
}
