import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Row } from '../../../../app/core/project/model';
import { commit, emptyHistory, redo, seal, undo, type History } from '../../../../app/core/project/history';
import { rowHistory } from '../../../../app/core/review/history';
import { deleteEmptyRow, editTarget, editTargets, insertRowAfter, mergeWithNext, moveSentence, setState, splitRow } from '../../../../app/core/project/ops';

const row = (id: string, source: string[], target: string, state: Row['state'] = 'initial', score: number | null = 0.9): Row => ({ id, source, target, state, score, paragraph: 0 });

const rows = (): Row[] => [
  row('u1', ['جملة أولى.', 'جملة ثانية.'], 'First sentence. Second sentence.', 'translated'),
  row('u2', ['جملة ثالثة.'], 'Third sentence.', 'reviewed'),
  row('u3', [], ''),
  row('u4', ['جملة رابعة.'], 'Fourth.', 'translated', 0.3),
];

describe('merge, split, move, insert, delete', () => {
  it('merges a row with the next: texts joined, first id kept, the lower state, alignment now manual', () => {
    const c = mergeWithNext(rows(), 0)!;
    const [m] = c.splices[0]!.inserted;
    expect(m).toMatchObject({ id: 'u1', source: ['جملة أولى.', 'جملة ثانية.', 'جملة ثالثة.'], target: 'First sentence. Second sentence. Third sentence.', state: 'translated', score: null });
    expect(mergeWithNext(rows(), 3)).toBeNull();
  });

  it('splits a row at a sentence boundary in the Arabic and at the caret in the English', () => {
    const c = splitRow(rows(), 0, { source: { sentence: 1, offset: 0 }, target: 16 })!;
    const [a, b] = c.splices[0]!.inserted;
    expect(a).toMatchObject({ id: 'u1', source: ['جملة أولى.'], target: 'First sentence.' });
    expect(b).toMatchObject({ source: ['جملة ثانية.'], target: 'Second sentence.', state: 'initial' });
    expect(b!.id).not.toBe('u1');
  });

  it('splits inside a sentence the segmenter missed (بروكسل.واعلن)', () => {
    const r = [row('u1', ['في بروكسل.واعلن كيري'], 'In Brussels. Kerry announced')];
    const c = splitRow(r, 0, { source: { sentence: 0, offset: 'في بروكسل.'.length } })!;
    expect(c.splices[0]!.inserted.map((x) => x.source)).toEqual([['في بروكسل.'], ['واعلن كيري']]);
  });

  it('moves a sentence to the row above or below, on either side', () => {
    const up = moveSentence(rows(), 1, 'source', 'up')!;
    expect(up.splices[0]!.inserted.map((r) => r.source)).toEqual([['جملة أولى.', 'جملة ثانية.', 'جملة ثالثة.'], []]);
    const down = moveSentence(rows(), 0, 'target', 'down')!;
    expect(down.splices[0]!.inserted.map((r) => r.target)).toEqual(['First sentence.', 'Second sentence. Third sentence.']);
    expect(moveSentence(rows(), 0, 'source', 'up')).toBeNull();
  });

  it('deletes only empty rows, and inserts empty ones', () => {
    expect(deleteEmptyRow(rows(), 0)).toBeNull();
    expect(deleteEmptyRow(rows(), 2)!.splices[0]!.removed[0]!.id).toBe('u3');
    const ins = insertRowAfter(rows(), 0);
    expect(ins.splices[0]).toMatchObject({ index: 1, removed: [] });
    expect(ins.splices[0]!.inserted[0]).toMatchObject({ source: [], target: '', state: 'initial' });
  });

  it('confirming records who confirmed which text, once per text; an empty row changes state without history', () => {
    const r = rows();
    const who = { user: 'Huda', date: '2026-11-29T10:00:00Z' };
    const c = setState(r, 3, 'reviewed', who)!;
    const confirmed = c.splices[0]!.inserted[0]!;
    expect(rowHistory(confirmed)).toEqual([{ user: 'Huda', date: '2026-11-29T10:00:00Z', state: 'reviewed', text: 'Fourth.' }]);
    expect(setState([confirmed], 0, 'reviewed', who)).toBeNull();
    const empty = setState(r, 2, 'translated', who)!.splices[0]!.inserted[0]!;
    expect(empty.state).toBe('translated');
    expect(rowHistory(empty)).toEqual([]);
  });
});

describe('one undo history for edits and alignment fixes', () => {
  it('typing in one row is one undo step; a pause (seal) starts another', () => {
    let r = rows();
    let h = emptyHistory();
    for (const t of ['F', 'Fi', 'Fir']) ({ rows: r, history: h } = commit(r, h, editTarget(r, 3, t)!));
    expect(h.past).toHaveLength(1);
    h = seal(h);
    ({ rows: r, history: h } = commit(r, h, editTarget(r, 3, 'Firs')!));
    expect(h.past).toHaveLength(2);
    ({ rows: r, history: h } = undo(r, h)!);
    expect(r[3]!.target).toBe('Fir');
    ({ rows: r, history: h } = undo(r, h)!);
    expect(r[3]!.target).toBe('Fourth.');
  });

  it('merge then undo gives back the rows exactly; redo merges again', () => {
    const start = rows();
    const a = commit(start, emptyHistory(), mergeWithNext(start, 0)!);
    expect(a.rows).toHaveLength(3);
    const b = undo(a.rows, a.history)!;
    expect(b.rows).toEqual(start);
    const c = redo(b.rows, b.history)!;
    expect(c.rows).toEqual(a.rows);
  });

  it('a replace-all across distant rows is one step', () => {
    const start = rows();
    const a = commit(start, emptyHistory(), editTargets(start, [{ index: 0, target: 'x' }, { index: 3, target: 'y' }])!);
    expect(a.rows.map((r) => r.target)).toEqual(['x', 'Third sentence.', '', 'y']);
    expect(undo(a.rows, a.history)!.rows).toEqual(start);
  });

  it('property: any sequence of operations undone step by step restores the original, and redo replays it', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('edit' as const), i: fc.nat(6), t: fc.string({ maxLength: 5 }) }),
      fc.record({ k: fc.constant('merge' as const), i: fc.nat(6) }),
      fc.record({ k: fc.constant('split' as const), i: fc.nat(6), s: fc.nat(2), o: fc.nat(4), t: fc.nat(10) }),
      fc.record({ k: fc.constant('move' as const), i: fc.nat(6), side: fc.constantFrom('source' as const, 'target' as const), up: fc.boolean() }),
      fc.record({ k: fc.constant('insert' as const), i: fc.nat(6) }),
      fc.record({ k: fc.constant('delete' as const), i: fc.nat(6) }),
      fc.record({ k: fc.constant('seal' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const start = rows();
        let r = start;
        let h: History = emptyHistory();
        const states: Row[][] = [];
        for (const o of ops) {
          if (o.k === 'seal') {
            h = seal(h);
            continue;
          }
          const c =
            o.k === 'edit' ? editTarget(r, o.i, o.t)
            : o.k === 'merge' ? mergeWithNext(r, o.i)
            : o.k === 'split' ? splitRow(r, o.i, { source: { sentence: o.s, offset: o.o }, target: Math.min(o.t, r[o.i]?.target.length ?? 0) })
            : o.k === 'move' ? moveSentence(r, o.i, o.side, o.up ? 'up' : 'down')
            : o.k === 'insert' ? (o.i < r.length ? insertRowAfter(r, o.i) : null)
            : deleteEmptyRow(r, o.i);
          if (!c) continue;
          ({ rows: r, history: h } = commit(r, h, c));
          states.push(r);
        }
        const end = r;
        // No text is ever lost: every Arabic sentence's characters survive (splits only cut, merges only join).
        const chars = (rs: Row[]) => rs.flatMap((x) => x.source).join('').replace(/\s/g, '');
        expect(chars(end)).toBe(chars(start));
        while (h.past.length) ({ rows: r, history: h } = undo(r, h)!);
        expect(r).toEqual(start);
        while (h.future.length) ({ rows: r, history: h } = redo(r, h)!);
        expect(r).toEqual(end);
      }),
      { numRuns: 300 },
    );
  });
});
