import { describe, expect, it } from 'vitest';
import type { Project, Row } from '../../../../app/core/project/model';
import { compareProjects } from '../../../../app/core/review/compare';
import { changes } from '../../../../app/core/review/word-diff';

const row = (id: string, source: string, target: string, state: Row['state'] = 'translated'): Row => ({ id, source: [source], target, state, score: null, paragraph: 0 });
const project = (rows: Row[]): Project => ({
  format: 'qalam-project', version: 1, id: 'p', name: 'p', sourceLang: 'ar', targetLang: 'en', createdAt: '', modifiedAt: '', rows, glossary: [], qaIgnores: [], meta: {},
});

describe('compareProjects', () => {
  const a = project([row('1', 'قال الوزير.', 'The minister said.'), row('2', 'رفض البرلمان القانون.', 'Parliament rejected the law.'), row('3', 'انتهى الاجتماع.', 'The meeting ended.')]);

  it('lists only the rows that differ, with a word diff of the English', () => {
    const b = project([row('1', 'قال الوزير.', 'The minister said.'), row('2', 'رفض البرلمان القانون.', 'Parliament rejected the bill.', 'reviewed'), row('3', 'انتهى الاجتماع.', 'The meeting ended.')]);
    const diff = compareProjects(a, b);
    expect(diff).toHaveLength(1);
    expect(diff[0]!.differences).toEqual(['target', 'state']);
    expect(changes(diff[0]!.targetDiff!).map((c) => [c.before, c.after])).toEqual([['law', 'bill']]);
    // A view that diffs the English itself can leave the word diff out; the differences stay the same.
    const lean = compareProjects(a, b, { targetDiff: false });
    expect(lean.map((c) => c.differences)).toEqual([['target', 'state']]);
    expect(lean[0]!.targetDiff).toBeUndefined();
  });

  it('reports added and removed rows in document order', () => {
    const b = project([row('1', 'قال الوزير.', 'The minister said.'), row('4', 'وصل الوفد.', 'The delegation arrived.'), row('3', 'انتهى الاجتماع.', 'The meeting ended.')]);
    expect(compareProjects(a, b).map((c) => [c.before?.id, c.after?.id, c.differences.join()])).toEqual([
      ['2', undefined, 'removed'],
      [undefined, '4', 'added'],
    ]);
  });

  it('pairs rows of two XLIFF files with renumbered unit ids by their Arabic source', () => {
    const b = project([row('u-a', 'قال الوزير.', 'The minister said.'), row('u-b', 'رفض البرلمان القانون.', 'Parliament rejected the bill.'), row('u-c', 'انتهى الاجتماع.', 'The meeting ended.')]);
    const diff = compareProjects(a, b);
    expect(diff.map((c) => [c.before?.id, c.after?.id, c.differences.join()])).toEqual([['2', 'u-b', 'target']]);
  });
});
