/**
 * The QA results on the bench's generated document must not change when the code is made faster. The
 * digests below were computed with the code as it was before the speed work (commit "qa: digest of the
 * bench document's results"); any change in an issue, a term match or a number found changes them.
 *
 * Only the fields an issue had then are hashed, so later additions (message codes) do not disturb it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import { runQa, type QaIssue } from '../../../../app/core/qa/index';
import { findNumbers } from '../../../../app/core/text/numbers';
import { generate } from '../../../bench/qa.bench';

const { glossary, rows } = generate(300, 500);

function digest(lines: Iterable<string>): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(l + '\n');
  return h.digest('hex');
}

function issueLine(i: QaIssue): string {
  return JSON.stringify([i.rowId, i.check, i.severity, i.key, i.message, i.spans ?? null, i.related ?? null, i.variants ?? null, i.suggestion ?? null, i.entryId ?? null]);
}

function* matchLines(): Generator<string> {
  const index = new GlossaryIndex(glossary);
  for (const r of rows) {
    for (const s of r.source) yield JSON.stringify(['s', r.id, index.matchSource(s)]);
    yield JSON.stringify(['t', r.id, index.matchTarget(r.target)]);
  }
}

function* numberLines(): Generator<string> {
  for (const r of rows) {
    for (const s of r.source) yield JSON.stringify(['ar', r.id, findNumbers(s, 'ar')]);
    yield JSON.stringify(['en', r.id, findNumbers(r.target, 'en')]);
  }
}

describe('the bench document (300 entries x 500 rows) gives the same results as before the speed work', () => {
  it('runQa issues', () => {
    const issues = runQa(rows, glossary);
    expect(issues.length).toBeGreaterThan(100);
    expect(digest(issues.map(issueLine))).toBe('3831138dfdae99847143087e19264d155fda3d5c4a6228fa03591140d92dce5f');
  });
  it('term matches on both sides', () => {
    expect(digest(matchLines())).toBe('6251f224ee1207e9179c6d2c3280b9ca66c269c9e2af5f91a2b3ac58bbd74fe6');
  });
  it('numbers on both sides', () => {
    expect(digest(numberLines())).toBe('1e96972c2ace4c5f19cf578c508594482e929369bdab26b81926c088e8379314');
  });
});
