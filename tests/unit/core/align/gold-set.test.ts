import { describe, expect, it } from 'vitest';
import { align } from '../../../../app/core/align/align';
import { segment } from '../../../../app/core/text/segment';
import { evaluate, evaluationSet, f1, fixtureNames, fuseArabic, fuseEnglish, splitEnglish } from './gold-set';
import { galeChurch } from './gale-church-baseline';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './gold-set';
import { glossaryAnchors } from '../../../../app/core/align/glossary-anchors';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import { parseGlossaryTable } from '../../../../app/core/glossary/table';

describe('gold Arabic–English set', () => {
  it('has several news topics, each with gold beads for every sentence of both sides', () => {
    const docs = evaluationSet(0);
    expect(fixtureNames().length).toBeGreaterThanOrEqual(6);
    for (const d of docs) {
      expect(d.gold.flatMap((b) => b.source)).toEqual(d.ar.map((_, i) => i));
      expect(d.gold.flatMap((b) => b.target)).toEqual(d.en.map((_, j) => j));
    }
  });
  it('is segmented exactly as the gold lines in paragraph mode (raw text → sentences)', () => {
    for (const d of evaluationSet(2)) {
      expect(segment(d.arText, 'ar').map((s) => s.text)).toEqual(d.ar.map((s) => s.text));
      expect(segment(d.enText, 'en').map((s) => s.text)).toEqual(d.en.map((s) => s.text));
    }
  });
  it('generates the divergences of a real translation: fused with and / و, split at a comma', () => {
    expect(fuseEnglish('Imports fell.', 'The pound rose.')).toBe('Imports fell, and the pound rose.');
    expect(fuseArabic('تراجعت الواردات.', 'وارتفع الجنيه.')).toBe('تراجعت الواردات وارتفع الجنيه.');
    expect(splitEnglish('The bank cut its main rate by a full point, surprising most analysts in the market.')).toEqual([
      'The bank cut its main rate by a full point.',
      'Surprising most analysts in the market.',
    ]);
  });
  it('reaches strict bead F1 ≥ 0.90 in line and paragraph mode, well above length-only Gale–Church', () => {
    const docs = evaluationSet();
    const ours = evaluate(docs, (s, t) => align(s, t));
    const baseline = evaluate(docs, (s, t) => galeChurch(s.map((x) => x.text), t.map((x) => x.text)));
    expect(f1(ours.lines.bead)).toBeGreaterThanOrEqual(0.9);
    expect(f1(ours.paragraphs.bead)).toBeGreaterThanOrEqual(0.9);
    expect(f1(ours.lines.link)).toBeGreaterThanOrEqual(0.95);
    expect(f1(ours.lines.bead) - f1(baseline.lines.bead)).toBeGreaterThanOrEqual(0.15);
  });
  it('does better still with the news glossary as a dictionary (term anchors)', () => {
    const { entries } = parseGlossaryTable(readFileSync(join(FIXTURES, 'news-glossary.tsv'), 'utf8'), '\t');
    const docs = evaluationSet();
    const without = evaluate(docs, (s, t) => align(s, t));
    const withGlossary = evaluate(docs, (s, t) => align(s, t, { anchors: [glossaryAnchors(new GlossaryIndex(entries))] }));
    expect(f1(withGlossary.lines.bead)).toBeGreaterThan(f1(without.lines.bead));
    expect(f1(withGlossary.paragraphs.bead)).toBeGreaterThanOrEqual(0.93);
  });
});
