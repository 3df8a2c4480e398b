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

// Rows are immutable values: a row's counts are computed once and reused until the row itself is replaced, so a
// keystroke in a 10,000-row project costs one row's count, not the whole document's.
const rowWords = new WeakMap<Row, { source: number; target: number }>();

function wordsOf(row: Row, sourceLang: string, targetLang: string): { source: number; target: number } {
  let w = rowWords.get(row);
  if (!w) {
    let source = 0;
    for (const s of row.source) source += countWords(s, sourceLang);
    w = { source, target: countWords(row.target, targetLang) };
    rowWords.set(row, w);
  }
  return w;
}

export function projectStats(project: Project): ProjectStats {
  let sourceWords = 0;
  let targetWords = 0;
  let confirmed = 0;
  for (const r of project.rows) {
    const w = wordsOf(r, project.sourceLang, project.targetLang);
    sourceWords += w.source;
    targetWords += w.target;
    if (isConfirmed(r)) confirmed++;
  }
  const segments = project.rows.length;
  return { segments, sourceWords, targetWords, confirmed, percent: segments ? Math.floor((confirmed * 100) / segments) : 0 };
}
