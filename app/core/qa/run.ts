/** Runs every QA check over a document and drops the issues the reviewer chose to ignore. */
import { GlossaryIndex } from '../glossary/index';
import type { GlossaryEntry, QaIgnore, Row } from '../project/model';
import { consistencyChecks } from './checks-consistency';
import { numberChecks } from './checks-numbers';
import { rowTerms, termChecks, variantChecks, type RowTerms } from './checks-terms';
import { textChecks } from './checks-text';
import { QA_CHECKS, type QaCheck, type QaIssue } from './types';

export interface QaOptions {
  /** Issues to leave out, matched by row id, check and key. */
  ignores?: QaIgnore[];
  /** A prebuilt index of `glossary` (build it once when the glossary does not change). */
  index?: GlossaryIndex;
  /** Run only these checks (default: all). */
  checks?: readonly QaCheck[];
}

/** True when `ignores` covers `issue`. */
export function isIgnored(issue: QaIssue, ignores: readonly QaIgnore[]): boolean {
  return ignores.some((g) => g.rowId === issue.rowId && g.check === issue.check && g.key === issue.key);
}

/**
 * Every issue in `rows`, in row order and, within a row, in the order of {@link QA_CHECKS}. Each row is
 * read once per side for terms; document-wide checks (variants, consistency) run on the collected results.
 */
export function runQa(rows: readonly Row[], glossary: readonly GlossaryEntry[], options: QaOptions = {}): QaIssue[] {
  const wanted = new Set(options.checks ?? QA_CHECKS);
  const on = (c: QaCheck): boolean => wanted.has(c);
  const termsOn = on('term-missing') || on('term-forbidden') || on('term-variant');
  const index = termsOn && glossary.length > 0 ? (options.index ?? new GlossaryIndex([...glossary])) : undefined;
  const issues: QaIssue[] = [];
  const allTerms: RowTerms[] = [];
  for (const row of rows) {
    issues.push(...textChecks(row, wanted));
    if (on('number-mismatch')) issues.push(...numberChecks(row));
    if (index) {
      const t = rowTerms(index, row);
      allTerms.push(t);
      issues.push(...termChecks(index, t));
    }
  }
  if (index && on('term-variant')) issues.push(...variantChecks(index, allTerms));
  if (on('inconsistent-source') || on('inconsistent-target')) {
    issues.push(...consistencyChecks(rows, { source: on('inconsistent-source'), target: on('inconsistent-target') }));
  }
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const checkOrder = new Map(QA_CHECKS.map((c, i) => [c, i]));
  const ignores = options.ignores ?? [];
  return issues
    .filter((i) => wanted.has(i.check) && !isIgnored(i, ignores))
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => (order.get(a.issue.rowId)! - order.get(b.issue.rowId)!) || (checkOrder.get(a.issue.check)! - checkOrder.get(b.issue.check)!) || a.n - b.n)
    .map((x) => x.issue);
}
