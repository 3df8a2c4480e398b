import { describe, expect, it } from 'vitest';
import type { Row } from '../../../../app/core/project/model';
import { realignFrom } from '../../../../app/core/project/realign';
import { commit, emptyHistory, undo } from '../../../../app/core/project/history';

const row = (id: string, source: string[], target: string): Row => ({ id, source, target, state: 'translated', score: null, paragraph: 0 });

describe('re-align from here', () => {
  // Row 2 got both English sentences, row 3 none: a shifted alignment the translator wants fixed from row 2 on.
  const rows: Row[] = [
    row('u1', ['أعلنت الوزارة يوم الخميس خطة جديدة بقيمة ٤٢٥ مليون يورو.'], 'The ministry announced a new 425 million euro plan on Thursday.'),
    row('u2', ['وقال الوزير إن الخطة ستبدأ في شهر آذار المقبل في كل المحافظات.'], 'The minister said the plan would start next March in every province. Experts doubt that 17 hospitals can be built in time.'),
    row('u3', ['ويشكك الخبراء في إمكانية بناء ١٧ مستشفى في الوقت المحدد.'], ''),
  ];
  it('pairs the remaining Arabic sentences with the English again, keeping the rows before untouched', () => {
    const c = realignFrom(rows, 1)!;
    const r = commit(rows, emptyHistory(), c);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]).toBe(rows[0]);
    expect(r.rows[1]!.target).toBe('The minister said the plan would start next March in every province.');
    expect(r.rows[2]!.target).toBe('Experts doubt that 17 hospitals can be built in time.');
    expect(r.rows.slice(1).every((x) => x.state === 'initial' && x.score !== null)).toBe(true);
    expect(r.rows.map((x) => x.id)).toEqual(['u1', 'u2', 'u3']);
    // One undo step gives the old rows back.
    expect(undo(r.rows, r.history)!.rows).toEqual(rows);
  });
  it('does nothing on the last row or without English', () => {
    expect(realignFrom(rows, 2)).toBeNull();
    expect(realignFrom(rows.map((x) => ({ ...x, target: '' })), 0)).toBeNull();
  });
});
