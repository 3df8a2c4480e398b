/**
 * The Project model: what a translator opens, edits and saves.
 *
 * A project is a list of rows. A row is one alignment bead: zero or more Arabic source sentences and the
 * English text that translates them. Everything here is plain data (JSON-safe) so it travels unchanged
 * through IPC, the HTTP test host and the `.qalam` file.
 */

/** Segment states as in XLIFF 2 (`initial`, `translated`, `reviewed`, `final`). */
export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';

export const SEGMENT_STATES: readonly SegmentState[] = ['initial', 'translated', 'reviewed', 'final'];

/** A note or comment attached to a row. */
export interface Note {
  text: string;
  /** Who wrote it (user name from settings or the tool that produced it). */
  author?: string;
  /** ISO 8601 time. */
  date?: string;
}

/**
 * An inline code (XLIFF `<ph>`, `<pc>`, `<g>`, `<x/>`, …) that the translator must keep. In `source` and
 * `target` a code stands as one private-use character (U+E000 + index into `Row.codes`).
 */
export interface InlineCode {
  /** The code's id in the file it came from. */
  id: string;
  /** `open`/`close` for paired codes, `standalone` for placeholders. */
  kind: 'open' | 'close' | 'standalone';
  /** The original markup, kept verbatim so export writes it back exactly. */
  original: string;
  /** What the editor shows for it (e.g. `<b>`, `{1}`). */
  display?: string;
}

export interface Row {
  /** Stable unit id; survives merges (the first row's id is kept) and export/import. */
  id: string;
  /** The Arabic sentences of this bead (possibly none for a 0-1 bead). */
  source: string[];
  /** The English translation of the bead (possibly empty). */
  target: string;
  state: SegmentState;
  /** Alignment confidence in [0,1]; null when the row was made or fixed by hand. */
  score: number | null;
  /** Index of the source paragraph the row belongs to (paragraph structure survives export). */
  paragraph: number;
  notes?: Note[];
  codes?: InlineCode[];
  /**
   * Data with no core place: other tools' attributes (kept for a lossless round trip) and Qalam's own extras such
   * as the target history under `qalam:history` (see core/review/history). Travels in XLIFF 2 as metadata.
   */
  extra?: Record<string, string>;
}

/** A glossary entry: one Arabic term, its allowed and forbidden English translations. */
export interface GlossaryEntry {
  id: string;
  /** The Arabic term as written by the terminologist. */
  source: string;
  /**
   * Other Arabic spellings recognised as this term (an irregular form, a common misspelling, a synonym the
   * project translates alike). Optional; the term's own inflections and broken plurals need no entry here.
   */
  sourceVariants?: string[];
  /** Allowed translations, preferred first. Never empty. */
  targets: string[];
  /** Translations that must not be used. */
  forbidden: string[];
  note?: string;
  partOfSpeech?: string;
  /** English side is matched case-sensitively (e.g. acronyms such as "IS"). Default false. */
  caseSensitive?: boolean;
}

/** A QA issue the reviewer chose to ignore, with the reason. */
export interface QaIgnore {
  rowId: string;
  check: string;
  /** A fingerprint of the issue (e.g. the term or number), so a changed issue shows again. */
  key: string;
  reason: string;
}

export const PROJECT_FORMAT = 'qalam-project';
export const PROJECT_VERSION = 1;

export interface Project {
  format: typeof PROJECT_FORMAT;
  version: number;
  id: string;
  name: string;
  sourceLang: string;
  targetLang: string;
  createdAt: string;
  modifiedAt: string;
  rows: Row[];
  glossary: GlossaryEntry[];
  qaIgnores: QaIgnore[];
  /** Free key/value metadata (original file names, the tool that made the file, …). */
  meta: Record<string, string>;
}
