/**
 * Inline codes a translation lost, gained or broke: what the QA check "tags" reports. Codes stand in the text
 * as private-use characters (U+E000 + index into `Row.codes`), so this is counting and a nesting walk.
 */
import type { InlineCode, Row } from '../project/model';
import { codeIndex, isEndTag, isStartTag } from './inline';

export interface CodeIssues {
  /** Codes of the source that the target lacks (once per missing occurrence). */
  missing: InlineCode[];
  /** Codes in the target that the source does not have (or has fewer times). */
  added: InlineCode[];
  /** A paired code closed before it opens, or crossing another pair: the file could not be written. */
  broken: InlineCode[];
}

function counts(text: string, codes: readonly InlineCode[]): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const k = codeIndex(text.charCodeAt(i), codes);
    if (k >= 0) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** Compares the codes of the source sentences and the target of a row. Empty lists when all is well. */
export function codeIssues(row: Row): CodeIssues {
  const codes = row.codes ?? [];
  const issues: CodeIssues = { missing: [], added: [], broken: [] };
  if (codes.length === 0) return issues;
  // An untranslated row has no target yet: nothing is missing from it.
  if (row.target === '') return issues;
  const src = counts(row.source.join(' '), codes);
  const trg = counts(row.target, codes);
  for (const [k, n] of src) for (let i = trg.get(k) ?? 0; i < n; i++) issues.missing.push(codes[k]!);
  for (const [k, n] of trg) for (let i = src.get(k) ?? 0; i < n; i++) issues.added.push(codes[k]!);
  const open: InlineCode[] = [];
  for (let i = 0; i < row.target.length; i++) {
    const k = codeIndex(row.target.charCodeAt(i), codes);
    if (k < 0) continue;
    const c = codes[k]!;
    if (c.kind === 'open' && isStartTag(c.original)) open.push(c);
    else if (c.kind === 'close' && isEndTag(c.original)) {
      const top = open.pop();
      if (!top || top.id !== c.id) issues.broken.push(c);
    }
  }
  issues.broken.push(...open);
  return issues;
}
