/**
 * The translation-memory part of the contract: argument schemas for the TM calls the UI makes. Results are plain
 * JSON (a match carries the stored unit, the 0–101 score and how the stored source differs from the current one).
 */
import { z } from 'zod';
import { projectSchema } from './schema';
import type { ConcordanceHit, TmMatch } from '../core/tm/types';

const text = z.string().max(20_000);
const path = z.string().min(1).max(4096);

/** Argument schemas, one per method (strict: an unknown field is a caller bug). */
export const tmMethodArgs = {
  /** Matches for the active row: its source and its neighbours' sources (for 101% matches). */
  tmLookup: z.strictObject({
    source: text,
    prev: text.optional(),
    next: text.optional(),
    minScore: z.number().int().min(0).max(101).optional(),
    limit: z.number().int().min(1).max(50).optional(),
  }),
  /** Concordance: how a selected phrase was translated before. */
  tmConcordance: z.strictObject({ phrase: z.string().min(1).max(1000), side: z.enum(['source', 'target']).optional(), limit: z.number().int().min(1).max(500).optional() }),
  /** The open project's TM: its file path (null for an unsaved project). */
  tmSetProject: z.strictObject({ path: path.nullable() }),
  /** The row the translator just confirmed, into both TMs. */
  tmAddConfirmedRow: z.strictObject({ project: projectSchema, rowIndex: z.number().int().min(0), user: z.string().max(200) }),
  /** Every confirmed row of a project, into both TMs. */
  tmAddProject: z.strictObject({ project: projectSchema, user: z.string().max(200).optional() }),
  /** A TMX file into both TMs. */
  tmImportTmx: z.strictObject({ path }),
  /** "Align these two documents into the TM". */
  tmAlignFiles: z.strictObject({ sourcePath: path, targetPath: path, minConfidence: z.number().min(0).max(1).optional() }),
} as const;

/** Which memory a match came from: the project's own or the user's. */
export type TmName = 'project' | 'user';
export type TmMatchView = TmMatch & { tm: TmName };
export type ConcordanceHitView = ConcordanceHit & { tm: TmName };
/** What adding to the TM did: new units, refreshed ones, ones already stored exactly so. */
export interface TmAddResult {
  added: number;
  updated: number;
  unchanged: number;
}
