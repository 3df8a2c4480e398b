import { describe, expect, it } from 'vitest';
import type { Bead, Sentence } from '../../../../app/core/align/types';
import type { Project, Row } from '../../../../app/core/project/model';
import { unitFromRow, unitsFromAlignment, unitsFromProject, unitsFromTmx } from '../../../../app/core/tm/units-from';

const row = (id: string, source: string[], target: string, state: Row['state']): Row => ({ id, source, target, state, score: null, paragraph: 0 });
const project: Project = {
  format: 'qalam-project', version: 1, id: 'p', name: 'Budget report', sourceLang: 'ar', targetLang: 'en-GB', createdAt: '', modifiedAt: '', glossary: [], qaIgnores: [], meta: {},
  rows: [
    row('1', ['قال الوزير.'], 'The minister said.', 'translated'),
    row('2', ['رفض البرلمان القانون.', 'ثم انتهت الجلسة.'], 'Parliament rejected the law, then the session ended.', 'reviewed'),
    row('3', ['وصل الوفد.'], '', 'translated'),
    row('4', ['انتهى الاجتماع.'], 'The meeting ended.', 'initial'),
    row('5', ['أعلنت النتائج.'], 'The results were announced.', 'final'),
  ],
};

describe('unitsFromProject', () => {
  const units = unitsFromProject(project, { changed: '2026-11-29T00:00:00Z', author: 'Huda' });

  it('takes translated, reviewed and final rows with a target; skips drafts and empty targets', () => {
    expect(units.map((u) => u.target)).toEqual(['The minister said.', 'Parliament rejected the law, then the session ended.', 'The results were announced.']);
  });

  it('joins the sentences of a 2-1 bead into one source', () => {
    expect(units[1]!.source).toBe('رفض البرلمان القانون. ثم انتهت الجلسة.');
  });

  it('keeps the neighbouring rows as context, the languages, the project name and the author', () => {
    expect(units[1]).toMatchObject({ prev: 'قال الوزير.', next: 'وصل الوفد.', sourceLang: 'ar', targetLang: 'en-GB', from: 'Budget report', author: 'Huda', origin: 'project' });
    expect(units[0]!.prev).toBeUndefined();
    expect(units[2]!.next).toBeUndefined();
  });

  it('makes the unit of one confirmed row with origin "confirm"', () => {
    expect(unitFromRow(project, 0, { changed: 'x' })).toMatchObject({ source: 'قال الوزير.', next: 'رفض البرلمان القانون. ثم انتهت الجلسة.', origin: 'confirm' });
    expect(unitFromRow(project, 2, { changed: 'x' })).toBeUndefined();
  });
});

describe('unitsFromAlignment', () => {
  const s = (text: string): Sentence => ({ text, start: 0, end: text.length, paragraph: 0 });
  const src = [s('قال الوزير.'), s('رفض البرلمان القانون.'), s('ثم انتهت الجلسة.'), s('وصل الوفد.')];
  const tgt = [s('The minister said.'), s('Parliament rejected the law, then the session ended.'), s('A note by the translator.')];
  const beads: Bead[] = [
    { source: [0], target: [0], score: 0.9 },
    { source: [1, 2], target: [1], score: 0.8 },
    { source: [], target: [2], score: 0.5 },
    { source: [3], target: [], score: 0.5 },
  ];

  it('makes one unit per bead with both sides, joining 2-1 beads, and skips 0-1 and 1-0 beads', () => {
    const units = unitsFromAlignment(src, tgt, beads, { sourceLang: 'ar', targetLang: 'en' }, { changed: 'x', from: 'speech.txt' });
    expect(units.map((u) => [u.source, u.target])).toEqual([
      ['قال الوزير.', 'The minister said.'],
      ['رفض البرلمان القانون. ثم انتهت الجلسة.', 'Parliament rejected the law, then the session ended.'],
    ]);
    expect(units[1]).toMatchObject({ prev: 'قال الوزير.', origin: 'alignment', from: 'speech.txt' });
  });

  it('leaves out beads under the confidence threshold', () => {
    const units = unitsFromAlignment(src, tgt, beads, { sourceLang: 'ar', targetLang: 'en' }, { changed: 'x' }, 0.85);
    expect(units.map((u) => u.target)).toEqual(['The minister said.']);
  });
});

describe('unitsFromTmx', () => {
  it('takes every unit with both sides whatever its state, without context, as origin tmx', () => {
    const units = unitsFromTmx(project, { changed: 'x', from: 'memory.tmx' });
    expect(units.map((u) => u.target)).toEqual([
      'The minister said.',
      'Parliament rejected the law, then the session ended.',
      'The meeting ended.',
      'The results were announced.',
    ]);
    expect(units.every((u) => u.origin === 'tmx' && u.prev === undefined && u.next === undefined && u.from === 'memory.tmx')).toBe(true);
  });
});
