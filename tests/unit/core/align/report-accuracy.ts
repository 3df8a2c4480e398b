/**
 * Prints the aligner's accuracy on the gold set as JSON lines: strict bead F1 and link F1, line mode and
 * paragraph mode (segment, then align), for our aligner with and without the news glossary, length-only,
 * and the length-only Gale–Church baseline. Run: `npx tsx tests/unit/core/align/report-accuracy.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../../../../app/core/align/align';
import { glossaryAnchors } from '../../../../app/core/align/glossary-anchors';
import { GlossaryIndex } from '../../../../app/core/glossary/index';
import { parseGlossaryTable } from '../../../../app/core/glossary/table';
import type { Bead, Sentence } from '../../../../app/core/align/types';
import { FIXTURES, evaluate, evaluationSet, f1 } from './gold-set';
import { galeChurch } from './gale-church-baseline';
import { newsCorpus } from './news-generator';
import { segment } from '../../../../app/core/text/segment';
import { beadCounts, linkCounts } from './gold-set';

const { entries } = parseGlossaryTable(readFileSync(join(FIXTURES, 'news-glossary.tsv'), 'utf8'), '\t');
const glossary = glossaryAnchors(new GlossaryIndex(entries));

const aligners: Record<string, (s: Sentence[], t: Sentence[]) => Bead[]> = {
  qalam: (s, t) => align(s, t),
  'qalam+glossary': (s, t) => align(s, t, { anchors: [glossary] }),
  'qalam-length-only': (s, t) => align(s, t, { lengthOnly: true, useParagraphs: false }),
  'gale-church': (s, t) => galeChurch(s.map((x) => x.text), t.map((x) => x.text)),
};

/** Written after the aligner's constants were set, and never used to set them. */
const HELD_OUT = new Set(['energy', 'exams', 'harvest']);

for (const [setting, rate, filter] of [
  ['realistic', 5, () => true],
  ['harsh', 3, () => true],
  ['held-out realistic', 5, (name: string) => HELD_OUT.has(name)],
] as const) {
  const docs = evaluationSet(6, rate).filter((d) => filter(d.name.split('#')[0]!));
  const beads = docs.reduce((n, d) => n + d.gold.length, 0);
  for (const [name, run] of Object.entries(aligners)) {
    const r = evaluate(docs, run);
    const row = {
      set: setting,
      docs: docs.length,
      goldBeads: beads,
      aligner: name,
      linesBeadF1: Number(f1(r.lines.bead).toFixed(3)),
      linesLinkF1: Number(f1(r.lines.link).toFixed(3)),
      paragraphsBeadF1: Number(f1(r.paragraphs.bead).toFixed(3)),
      paragraphsLinkF1: Number(f1(r.paragraphs.link).toFixed(3)),
    };
    process.stdout.write(JSON.stringify(row) + '\n');
  }
}

// At scale: the generated 10,000-sentence benchmark texts (paragraph mode), whose gold is known.
{
  const c = newsCorpus(10_000);
  const ar = segment(c.ar, 'ar');
  const en = segment(c.en, 'en');
  const beads = align(ar, en);
  const row = {
    set: 'generated 10k (bench texts)',
    aligner: 'qalam',
    sentences: [ar.length, en.length],
    paragraphsBeadF1: Number(f1(beadCounts(c.gold, beads)).toFixed(3)),
    paragraphsLinkF1: Number(f1(linkCounts(c.gold, beads)).toFixed(3)),
  };
  process.stdout.write(JSON.stringify(row) + '\n');
}
