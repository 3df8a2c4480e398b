import { describe, expect, it } from 'vitest';
import { readXliff, writeXliff2 } from '../../../../app/core/formats/index';
import type { Project, Row } from '../../../../app/core/project/model';
import { addComment } from '../../../../app/core/review/comments';
import { confirmRow, rowHistory } from '../../../../app/core/review/history';

const base = (rows: Row[]): Project => ({
  format: 'qalam-project', version: 1, id: 'p1', name: 'Report', sourceLang: 'ar', targetLang: 'en',
  createdAt: '2026-11-29T00:00:00Z', modifiedAt: '2026-11-29T00:00:00Z', rows, glossary: [], qaIgnores: [], meta: {},
});

describe('review history and comments in XLIFF 2', () => {
  const translated = confirmRow(
    { id: 'u1', source: ['أعلن الائتلاف الحاكم عن خطة جديدة.'], target: 'The ruling coalition announced a plan.', state: 'initial', score: null, paragraph: 0 },
    'translated',
    { user: 'Huda', date: '2026-11-29T10:00:00Z' },
  );
  const reviewed = addComment(
    confirmRow({ ...translated, target: 'The governing coalition announced a new plan.' }, 'reviewed', { user: 'Karim', date: '2026-11-29T11:00:00Z' }),
    '"governing" matches the style guide',
    { user: 'Karim', date: '2026-11-29T11:01:00Z' },
  );

  it('writes the history as metadata and the comment as a note, and reads both back', () => {
    const xml = writeXliff2(base([reviewed]));
    expect(xml).toContain('<mda:metadata');
    expect(xml).toMatch(/<note[^>]*>&quot;governing&quot; matches the style guide<\/note>|<note[^>]*>"governing" matches the style guide<\/note>/);
    const back = readXliff(xml, { file: 'report.xlf' });
    const row = back.rows[0]!;
    expect(rowHistory(row)).toEqual(rowHistory(reviewed));
    expect(row.notes?.map((n) => n.text)).toEqual(['"governing" matches the style guide']);
    expect(row.state).toBe('reviewed');
  });

  it('keeps the history out of the unit text other tools read', () => {
    const xml = writeXliff2(base([reviewed]));
    const target = /<target[^>]*>([\s\S]*?)<\/target>/u.exec(xml)?.[1];
    expect(target).toBe('The governing coalition announced a new plan.');
  });
});
