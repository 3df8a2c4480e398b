/** The translation memory's data: stored units, lookups and their matches. */

/** Where a unit came into the TM from. */
export type TmOrigin = 'project' | 'confirm' | 'alignment' | 'tmx';

/** One stored translation unit: a source sentence (or bead) and its translation. */
export interface TmUnit {
  /** Id in the store (stable for the life of the TM). */
  id: number;
  source: string;
  target: string;
  /** Language codes as in the project or TMX file ("ar", "en-GB"). */
  sourceLang: string;
  targetLang: string;
  /** Source of the previous and next row in the document it came from, for in-context (101%) matches. */
  prev?: string;
  next?: string;
  origin: TmOrigin;
  /** The project, file or document it came from (a name, not a path on someone's machine). */
  from?: string;
  /** The user who confirmed it, when known. */
  author?: string;
  /** ISO 8601 time it was stored or last changed. */
  changed: string;
}

/** A unit before it has a store id. */
export type NewTmUnit = Omit<TmUnit, 'id'>;

/** `context`: 101% (same source, same neighbours); `exact`: 100%; `fuzzy`: below 100 (99 = spelling only). */
export type MatchKind = 'context' | 'exact' | 'fuzzy';

/**
 * A piece of the current source as compared with the stored one: `same` text, text only the `stored` source
 * has (deleted since), or text only the `current` source has (new). Joining `same` and `current` pieces gives
 * the current source; joining `same` and `stored` pieces gives the stored source (up to spelling variants).
 */
export interface SourceDiffPart {
  kind: 'same' | 'stored' | 'current';
  text: string;
}

export interface TmMatch {
  unit: TmUnit;
  /** 0–101: 101 in context, 100 exact, 99 same words spelled differently (diacritics, alef forms), else fuzzy. */
  score: number;
  kind: MatchKind;
  /** How the stored source differs from the current one, for highlighting. */
  sourceDiff: SourceDiffPart[];
}

/** What to look up: the active row's source and, for in-context matches, its neighbours' sources. */
export interface LookupQuery {
  source: string;
  prev?: string;
  next?: string;
}

export interface LookupOptions {
  /** Lowest score returned (0–101); default 70. */
  minScore?: number;
  /** Most matches returned, best first; default 5. */
  limit?: number;
}

/** A concordance hit: a unit whose source (or target) contains the phrase, and where. */
export interface ConcordanceHit {
  unit: TmUnit;
  /** UTF-16 offsets of the phrase in the searched side, for highlighting. */
  start: number;
  end: number;
}

export interface ConcordanceOptions {
  /** Search the Arabic source (default) or the English target. */
  side?: 'source' | 'target';
  /** Most hits, newest first; default 50. */
  limit?: number;
}

export const DEFAULT_MIN_SCORE = 70;
