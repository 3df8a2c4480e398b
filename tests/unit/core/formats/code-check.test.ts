import { describe, expect, it } from 'vitest';
import type { Row } from '../../../../app/core/project/model';
import { codeIssues } from '../../../../app/core/formats/code-check';

const codes = [
  { id: '1', kind: 'open' as const, original: '<pc id="1">', display: '<b>' },
  { id: '1', kind: 'close' as const, original: '</pc>', display: '</b>' },
  { id: '2', kind: 'standalone' as const, original: '<ph id="2"/>', display: '{2}' },
];
const row = (target: string): Row => ({ id: 'r', source: ['قال \ue000الوزير\ue001 إن\ue002'], target, state: 'translated', score: null, paragraph: 0, codes });

describe('inline code QA', () => {
  it('is quiet when the translator moved the codes but kept them all (bold moved to another word)', () => {
    expect(codeIssues(row('The \ue000minister\ue001 said\ue002'))).toEqual({ missing: [], added: [], broken: [] });
    expect(codeIssues(row('\ue002The minister \ue000said\ue001'))).toEqual({ missing: [], added: [], broken: [] });
  });

  it('reports a placeholder dropped from the target', () => {
    expect(codeIssues(row('The \ue000minister\ue001 said')).missing).toEqual([codes[2]]);
  });

  it('reports a placeholder pasted twice', () => {
    expect(codeIssues(row('The \ue000minister\ue001 said\ue002\ue002')).added).toEqual([codes[2]]);
  });

  it('reports a bold pair closed before it opens', () => {
    expect(codeIssues(row('The \ue001minister\ue000 said\ue002')).broken).toEqual([codes[1], codes[0]]);
  });

  it('says nothing about an untranslated row', () => {
    expect(codeIssues(row(''))).toEqual({ missing: [], added: [], broken: [] });
  });
});
