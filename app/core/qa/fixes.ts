/**
 * Fixes a reviewer can accept from the QA panel, as plain text edits the project applies (with undo):
 * making the translations of a term one, replacing a forbidden translation, and remembering an ignore.
 */
import type { GlossaryIndex, TargetMatch } from '../glossary/index';
import type { QaIgnore, Row } from '../project/model';
import type { QaIssue } from './types';

/** Replace `target[start, end)` of row `rowId` with `text`. */
export interface TextEdit {
  rowId: string;
  start: number;
  end: number;
  text: string;
}

/**
 * `replacement` shaped like `surface`: a possessive ('s, ’s, s') and a regular plural carry over, and a
 * capital first letter (at the start of a sentence) stays capital. Case-sensitive forms (ISIS) are kept.
 */
export function inflectLike(surface: string, translation: string, replacement: string): string {
  let out = replacement;
  const possessive = /(['’]s|s['’])$/.exec(surface)?.[0];
  const body = possessive ? surface.slice(0, surface.length - (possessive.startsWith('s') ? 1 : possessive.length)) : surface;
  const plural = !/s$/i.test(translation) && /s$/i.test(body) && !/s$/i.test(replacement);
  if (plural) out = /[^aeiou]y$/i.test(out) ? `${out.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/i.test(out) ? `${out}es` : `${out}s`;
  if (possessive) out += possessive.startsWith('s') ? possessive.slice(1) : possessive;
  const first = surface[0] ?? '';
  if (first !== first.toLowerCase() && out[0] === out[0]?.toLowerCase()) out = out[0]!.toUpperCase() + out.slice(1);
  return out;
}

/**
 * The edits that make every translation of entry `entryId` the translation `keep`, in the rows whose source
 * has the term (the same rows the variant check counts). Matches already equal to `keep` are left alone.
 */
export function unifyVariantEdits(rows: readonly Row[], index: GlossaryIndex, entryId: string, keep: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const row of rows) {
    if (!row.source.some((s) => index.matchSource(s).some((m) => m.entryId === entryId))) continue;
    for (const m of index.matchTarget(row.target)) {
      if (m.entryId !== entryId || m.forbidden || m.translation === keep) continue;
      edits.push(replaceMatch(row.id, m, keep));
    }
  }
  return edits;
}

/** The edit that replaces a target match with `replacement`, inflected like the match. */
export function replaceMatch(rowId: string, m: TargetMatch, replacement: string): TextEdit {
  return { rowId, start: m.start, end: m.end, text: inflectLike(m.surface, m.translation, replacement) };
}

/** Applies edits to one text; edits must not overlap. Later edits first, so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The remembered form of an ignored issue. */
export function ignoreIssue(issue: QaIssue, reason: string): QaIgnore {
  return { rowId: issue.rowId, check: issue.check, key: issue.key, reason };
}
