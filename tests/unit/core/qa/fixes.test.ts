import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import { applyEdits, ignoreIssue, inflectLike, runQa, unifyVariantEdits } from '../../../../app/core/qa/index';
import type { Row } from '../../../../app/core/project/model';

const row = (id: string, source: string, target: string): Row => ({ id, source: [source], target, state: 'translated', score: null, paragraph: 0 });

describe('inflectLike', () => {
  it('carries a possessive over (Daesh\'s → ISIS\'s)', () => expect(inflectLike("Daesh's", 'Daesh', 'ISIS')).toBe("ISIS's"));
  it('carries a regular plural over (alliances → coalitions, militias → groups)', () => {
    expect(inflectLike('alliances', 'alliance', 'coalition')).toBe('coalitions');
    expect(inflectLike('bodies', 'body', 'entity')).toBe('entities');
  });
  it('keeps a capital at the start of a sentence (Alliance → Coalition)', () => expect(inflectLike('Alliance', 'alliance', 'coalition')).toBe('Coalition'));
  it('a plural possessive (alliances\' → coalitions\')', () => expect(inflectLike("alliances'", 'alliance', 'coalition')).toBe("coalitions'"));
});

describe('unifyVariantEdits', () => {
  const glossary = [{ id: 'isis', source: 'داعش', targets: ['ISIS', 'Daesh'], forbidden: [], caseSensitive: true }];
  const index = new GlossaryIndex(glossary);
  const rows = [
    row('a', 'ضد داعش', 'against ISIS'),
    row('b', 'مقاتلو داعش', "Daesh's fighters and Daesh"),
    row('c', 'كلمة أخرى', 'Daesh, without the term in the source'),
  ];
  it('replaces the other variant in rows whose source has the term, and nowhere else', () => {
    const edits = unifyVariantEdits(rows, index, 'isis', 'ISIS');
    expect(edits).toEqual([
      { rowId: 'b', start: 0, end: 7, text: "ISIS's" },
      { rowId: 'b', start: 21, end: 26, text: 'ISIS' },
    ]);
    expect(applyEdits(rows[1]!.target, edits)).toBe("ISIS's fighters and ISIS");
  });
  it('after the edits the variant check is quiet', () => {
    const fixed = rows.map((r) => ({ ...r, target: applyEdits(r.target, unifyVariantEdits(rows, index, 'isis', 'ISIS').filter((e) => e.rowId === r.id)) }));
    expect(runQa(fixed, glossary).filter((i) => i.check === 'term-variant')).toEqual([]);
    expect(runQa(rows, glossary).filter((i) => i.check === 'term-variant')).toHaveLength(1);
  });
});

describe('ignoreIssue', () => {
  it('remembers row, check and key with the reason, and runQa then leaves the issue out', () => {
    const rows = [row('x', 'نص', '')];
    const [issue] = runQa(rows, []);
    const ignore = ignoreIssue(issue!, 'heading left blank on purpose');
    expect(ignore).toEqual({ rowId: 'x', check: 'empty', key: 'empty', reason: 'heading left blank on purpose' });
    expect(runQa(rows, [], { ignores: [ignore] })).toEqual([]);
  });
});
