/** A small Arabic→English project used by the format tests: two paragraphs, a 2-1 bead, a 0-1 bead, codes, notes. */
import type { Project } from '../../../../app/core/project/model';

export function sampleProject(): Project {
  return {
    format: 'qalam-project',
    version: 1,
    id: 'p-sample',
    name: 'sample',
    sourceLang: 'ar',
    targetLang: 'en',
    createdAt: '2026-01-05T09:00:00.000Z',
    modifiedAt: '2026-01-06T10:30:00.000Z',
    meta: { source: 'news.txt' },
    glossary: [
      { id: 't1', source: 'مجلس الأمن', targets: ['Security Council'], forbidden: ['Safety Council'], note: 'UN body', partOfSpeech: 'noun' },
      { id: 't2', source: 'داعش', targets: ['IS', 'ISIS'], forbidden: [], caseSensitive: true },
    ],
    qaIgnores: [{ rowId: 'r2', check: 'numbers', key: '15', reason: 'written out in the source' }],
    rows: [
      {
        id: 'r1',
        source: ['عقد مجلس الأمن جلسة طارئة يوم الاثنين.'],
        target: 'The Security Council held an emergency session on Monday.',
        state: 'final',
        score: 0.93,
        paragraph: 0,
      },
      {
        id: 'r2',
        // A 2-1 bead: two Arabic sentences, one English sentence.
        source: ['وقال المندوب إن الوضع خطير.', 'وأضاف أن 15 دولة أيدت القرار؟'],
        target: 'The envoy called the situation serious, adding that fifteen states backed the resolution.',
        state: 'reviewed',
        score: 0.71,
        paragraph: 0,
        notes: [{ text: 'Check "fifteen" against the record & the <vote>.', author: 'Huda', date: '2026-01-06T10:00:00Z' }],
      },
      {
        id: 'r3',
        // Inline codes: bold around a name and a line break placeholder.
        source: ['أعلن \ue000الأمين العام\ue001 عن خطة جديدة\ue002'],
        target: 'The \ue000Secretary-General\ue001 announced a new plan\ue002',
        state: 'translated',
        score: null,
        paragraph: 1,
        codes: [
          { id: '1', kind: 'open', original: '<pc id="1" type="fmt" subType="xlf:b">' },
          { id: '1', kind: 'close', original: '</pc>' },
          { id: '2', kind: 'standalone', original: '<ph id="2" disp="[br]"/>', display: '[br]' },
        ],
      },
      {
        id: 'r4',
        // A 0-1 bead: English with no Arabic counterpart.
        source: [],
        target: '(Reuters)',
        state: 'translated',
        score: 0.4,
        paragraph: 1,
      },
      { id: 'r5', source: ['‏ملاحظة: العدد ١٢٣.'], target: '', state: 'initial', score: 0.88, paragraph: 2 },
    ],
  };
}
