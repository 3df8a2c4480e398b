import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GlossaryEntry, QaIgnore, Row } from '../../../../app/core/project/model';
import { commit, emptyHistory, redo, undo } from '../../../../app/core/project/history';
import { editTarget } from '../../../../app/core/project/ops';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import { runQa } from '../../../../app/core/qa/run';
import {
  addEntry, deleteEntry, entryProblems, ignoreIssue, makeConsistent, nextEntryId, nextTermToInsert, parseTranslations,
  rowTerms, searchGlossary, unignore, updateEntry,
} from '../../../../app/core/project/glossary-ops';

const row = (id: string, source: string[], target: string): Row => ({ id, source, target, state: 'translated', score: 0.9, paragraph: 0 });

const glossary = (): GlossaryEntry[] => [
  { id: 't001', source: 'داعش', targets: ['ISIS', 'Islamic State'], forbidden: ['Daesh'] },
  { id: 't002', source: 'ائتلاف', targets: ['coalition', 'alliance'], forbidden: [] },
  { id: 't003', source: 'الضربات الجوية', targets: ['air strikes', 'airstrikes'], forbidden: [] },
];

describe('typing translations into the entry form', () => {
  it('splits on commas, lines and the Arabic comma, trims, drops empties and repeats, keeps the preferred first', () => {
    expect(parseTranslations('ISIS, Islamic State\n\n  ISIS ، IS ')).toEqual(['ISIS', 'Islamic State', 'IS']);
    expect(parseTranslations(' ,\n')).toEqual([]);
  });

  it('never returns an empty or padded translation, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (s) => parseTranslations(s).every((t) => t.length > 0 && t === t.trim())));
  });

  it('finds a free id even when the glossary ids have gaps', () => {
    const g = [{ id: 'g002', source: 'أ', targets: ['a'], forbidden: [] }, { id: 'g003', source: 'ب', targets: ['b'], forbidden: [] }];
    const id = nextEntryId(g);
    expect(g.map((e) => e.id)).not.toContain(id);
  });
});

describe('checking an entry before it is saved', () => {
  it('needs an Arabic term and at least one translation', () => {
    expect(entryProblems({ id: 'x', source: ' ', targets: [], forbidden: [] }, [])).toEqual(['errors.noSource', 'errors.noTargets']);
  });

  it('refuses a translation that is both allowed and forbidden (case-insensitively)', () => {
    expect(entryProblems({ id: 'x', source: 'داعش', targets: ['Daesh'], forbidden: ['daesh'] }, [])).toContain('errors.forbiddenAllowed');
  });

  it('sees a duplicate term through hamza and teh marbuta spelling variants (إئتلاف ≈ ائتلاف)', () => {
    expect(entryProblems({ id: 'new', source: 'إئتلاف', targets: ['coalition'], forbidden: [] }, glossary())).toContain('errors.duplicate');
    // Editing the entry itself is not a duplicate of itself.
    expect(entryProblems({ ...glossary()[1]!, note: 'n' }, glossary())).toEqual([]);
  });
});

describe('glossary edits share the one undo history with text edits', () => {
  it('adds, edits and deletes an entry; each step undoes and redoes exactly', () => {
    const rows = [row('u1', ['ضد داعش'], 'against ISIS')];
    let g = glossary();
    const entry: GlossaryEntry = { id: 'g009', source: 'لندن', targets: ['London'], forbidden: [] };
    let h = emptyHistory();
    let r = commit(rows, h, addEntry(g, entry, 0));
    expect(r.glossary).toHaveLength(4);
    g = r.glossary!;
    h = r.history;
    r = commit(rows, h, updateEntry(g, { ...entry, note: 'capital' }, 0)!);
    g = r.glossary!;
    h = r.history;
    expect(g[3]!.note).toBe('capital');
    r = commit(rows, h, deleteEntry(g, 'g009', 0)!);
    expect(r.glossary!.map((e) => e.id)).toEqual(['t001', 't002', 't003']);
    const u1 = undo(r.rows, r.history)!;
    expect(u1.glossary![3]).toMatchObject({ id: 'g009', note: 'capital' });
    const u2 = undo(u1.rows, u1.history)!;
    expect(u2.glossary![3]!.note).toBeUndefined();
    const re = redo(u2.rows, u2.history)!;
    expect(re.glossary![3]!.note).toBe('capital');
    // Rows were never touched by glossary steps.
    expect(re.rows).toEqual(rows);
  });

  it('a text edit after a glossary edit undoes separately, text first', () => {
    const rows = [row('u1', ['ضد داعش'], 'against ISIS')];
    const g = glossary();
    const a = commit(rows, emptyHistory(), deleteEntry(g, 't001', 0)!);
    const b = commit(a.rows, a.history, editTarget(a.rows, 0, 'against the Islamic State')!);
    const u = undo(b.rows, b.history)!;
    expect(u.rows[0]!.target).toBe('against ISIS');
    expect(u.glossary).toBeUndefined();
    const u2 = undo(u.rows, u.history)!;
    expect(u2.glossary!.map((e) => e.id)).toContain('t001');
  });

  it('returns null for edits that change nothing', () => {
    expect(updateEntry(glossary(), glossary()[0]!, 0)).toBeNull();
    expect(deleteEntry(glossary(), 'nope', 0)).toBeNull();
  });
});

describe('QA ignores', () => {
  it('ignoring an issue hides it from the next run, and undo brings it back', () => {
    const rows = [row('u1', ['ضد داعش'], 'against Daesh')];
    const issue = runQa(rows, glossary()).find((i) => i.check === 'term-forbidden')!;
    const c = ignoreIssue([], issue, ' quoted from a statement ', 0)!;
    const r = commit(rows, emptyHistory(), c);
    expect(r.qaIgnores).toEqual([{ rowId: 'u1', check: 'term-forbidden', key: issue.key, reason: 'quoted from a statement' }]);
    expect(runQa(rows, glossary(), { ignores: r.qaIgnores }).some((i) => i.check === 'term-forbidden')).toBe(false);
    expect(undo(r.rows, r.history)!.qaIgnores).toEqual([]);
    expect(ignoreIssue(r.qaIgnores!, issue, 'again', 0)).toBeNull();
    const ig: QaIgnore[] = r.qaIgnores!;
    expect(unignore(ig, ig[0]!, 0)!.qaIgnores!.after).toEqual([]);
  });
});

describe('searching the glossary', () => {
  it('finds Arabic loosely (harakat, alef with hamza) and English by any allowed or forbidden translation', () => {
    expect(searchGlossary(glossary(), 'إئْتلاف').map((e) => e.id)).toEqual(['t002']);
    expect(searchGlossary(glossary(), 'daesh').map((e) => e.id)).toEqual(['t001']);
    expect(searchGlossary(glossary(), 'الجوية').map((e) => e.id)).toEqual(['t003']);
    expect(searchGlossary(glossary(), '  ')).toHaveLength(3);
  });
});

describe('the terms of a row', () => {
  const index = new GlossaryIndex(glossary());
  it('lists each term once with its surface form, clitics included (للائتلاف), and whether it is translated', () => {
    const r = row('u1', ['اجتماع للائتلاف ضد داعش.', 'ثم الائتلاف'], 'A meeting of the coalition');
    const terms = rowTerms(index, r);
    expect(terms.map((t) => [t.entry.id, t.surface, t.sentence, t.translated])).toEqual([
      ['t002', 'للائتلاف', 0, true],
      ['t001', 'داعش', 0, false],
    ]);
  });

  it('offers the first term without an allowed translation for Ctrl+Alt+T, not one already translated', () => {
    const r = row('u1', ['الائتلاف ضد داعش بعد الضربات الجوية'], 'The coalition against ISIS after');
    expect(nextTermToInsert(index, r)?.entry.targets[0]).toBe('air strikes');
    expect(nextTermToInsert(index, { ...r, target: 'The coalition against ISIS after air strikes' })).toBeNull();
  });

  it('treats a forbidden translation as not translated, and says so', () => {
    const t = rowTerms(index, row('u1', ['ضد داعش'], 'against Daesh'))[0]!;
    expect(t).toMatchObject({ translated: false, forbiddenUsed: true });
  });
});

describe('make consistent', () => {
  it('replaces the minority variant by the majority one in every row holding the term, in one undo step', () => {
    const rows = [
      row('u1', ['الائتلاف الأول'], 'The coalition first'),
      row('u2', ['ائتلاف ثان'], 'A second coalition'),
      row('u3', ['اجتماع للائتلاف'], 'Alliances meet, the alliance said'),
      row('u4', ['لا شيء هنا'], 'An alliance of nothing'),
    ];
    const issue = runQa(rows, glossary()).find((i) => i.check === 'term-variant')!;
    expect(issue.suggestion).toBe('coalition');
    const c = makeConsistent(rows, glossary(), issue, 2)!;
    expect(c.splices).toHaveLength(1);
    const r = commit(rows, emptyHistory(), c);
    // Capital and plural survive; a row whose Arabic lacks the term is left alone.
    expect(r.rows[2]!.target).toBe('Coalitions meet, the coalition said');
    expect(r.rows[3]!.target).toBe('An alliance of nothing');
    expect(runQa(r.rows, glossary()).filter((i) => i.check === 'term-variant')).toEqual([]);
    expect(undo(r.rows, r.history)!.rows).toEqual(rows);
    expect(makeConsistent(r.rows, glossary(), issue, 0)).toBeNull();
  });
});
