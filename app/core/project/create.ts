/**
 * A new project from an Arabic text and, optionally, an existing English translation: both are cut into
 * sentences and aligned; each bead becomes a row. Without an English text every Arabic sentence gets an empty row
 * to translate. Pure: the same code runs in the renderer's worker, in the CLI and in tests.
 */
import type { GlossaryEntry, Project, Row } from './model';
import { PROJECT_FORMAT, PROJECT_VERSION } from './model';
import { segment } from '../text/segment';
import { align } from '../align/align';
import { glossaryAnchors } from '../align/glossary-anchors';
import { GlossaryIndex } from '../glossary/index';
import type { Bead, Sentence } from '../align/types';

export interface NewProjectInput {
  name: string;
  sourceText: string;
  targetText?: string;
  glossary?: GlossaryEntry[];
  /** ISO time to stamp the project with (callers pass the clock; the core has none of its own). */
  now: string;
  id: string;
  /** Called between the stages, for a progress bar. */
  onStage?: (stage: 'segmenting' | 'aligning' | 'building') => void;
}

/** Rows from beads: source sentences as cut, target sentences joined with a space, paragraphs kept. */
export function rowsFromBeads(source: Sentence[], target: Sentence[], beads: Bead[]): Row[] {
  let paragraph = 0;
  return beads.map((b, k) => {
    const first = b.source[0];
    if (first !== undefined) paragraph = source[first]!.paragraph;
    return {
      id: `u${String(k + 1).padStart(4, '0')}`,
      source: b.source.map((i) => source[i]!.text),
      target: b.target.map((j) => target[j]!.text).join(' '),
      state: 'initial',
      score: Math.round(b.score * 1000) / 1000,
      paragraph,
    };
  });
}

export function createProject(input: NewProjectInput): Project {
  input.onStage?.('segmenting');
  const source = segment(input.sourceText, 'ar');
  const hasTarget = !!input.targetText?.trim();
  const target = hasTarget ? segment(input.targetText!, 'en') : [];
  let rows: Row[];
  if (hasTarget) {
    input.onStage?.('aligning');
    const glossary = input.glossary ?? [];
    const anchors = glossary.length ? [glossaryAnchors(new GlossaryIndex(glossary))] : [];
    const beads = align(source, target, { anchors });
    input.onStage?.('building');
    rows = rowsFromBeads(source, target, beads);
  } else {
    input.onStage?.('building');
    rows = source.map((s, k) => ({ id: `u${String(k + 1).padStart(4, '0')}`, source: [s.text], target: '', state: 'initial', score: null, paragraph: s.paragraph }));
  }
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    id: input.id,
    name: input.name,
    sourceLang: 'ar',
    targetLang: 'en',
    createdAt: input.now,
    modifiedAt: input.now,
    rows,
    glossary: input.glossary ?? [],
    qaIgnores: [],
    meta: {},
  };
}
