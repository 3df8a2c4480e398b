/** Counts a translator's status bar shows: segments, words per language, progress. */
import type { Project, Row } from './model';

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Words as Intl.Segmenter sees them (word-like segments only), for the given language. */
export function countWords(text: string, lang: string): number {
  if (!text) return 0;
  let seg = wordSegmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'word' });
    wordSegmenters.set(lang, seg);
  }
  let n = 0;
  for (const s of seg.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** A row counts as confirmed once the translator has moved it past `initial`. */
export function isConfirmed(row: Row): boolean {
  return row.state !== 'initial';
}

export interface ProjectStats {
  segments: number;
  sourceWords: number;
  targetWords: number;
  confirmed: number;
  /** Whole percent of rows confirmed (0 for an empty project). */
  percent: number;
}

export function projectStats(project: Project): ProjectStats {
  let sourceWords = 0;
  let targetWords = 0;
  let confirmed = 0;
  for (const r of project.rows) {
    for (const s of r.source) sourceWords += countWords(s, project.sourceLang);
    targetWords += countWords(r.target, project.targetLang);
    if (isConfirmed(r)) confirmed++;
  }
  const segments = project.rows.length;
  return { segments, sourceWords, targetWords, confirmed, percent: segments ? Math.floor((confirmed * 100) / segments) : 0 };
}
