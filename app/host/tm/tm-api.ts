/**
 * The translation memory calls the UI makes, ready to join the contract: one argument schema and one handler
 * per method, over a `TmService`. To wire them, add the schemas to `methodArgs` and the methods to `QalamApi`
 * (app/contract/api.ts), and spread `createTmHandlers(service)` into the object `createHostApi` returns.
 * Results are plain JSON (matches carry the unit, the score and the source differences for highlighting).
 */
import { z } from 'zod';
import type { Project } from '../../core/project/model';
import { projectSchema } from '../../contract/schema';
import { readTextFile } from '../read-text';
import { basename } from 'node:path';
import type { AddResult } from './tm-store';
import type { ConcordanceHitView, TmMatchView, TmService } from './tm-service';

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

export type TmMethod = keyof typeof tmMethodArgs;
export type TmArgs<M extends TmMethod> = z.infer<(typeof tmMethodArgs)[M]>;

/** The handlers, named as the contract methods. */
export interface TmHandlers {
  tmLookup(args: TmArgs<'tmLookup'>): Promise<TmMatchView[]>;
  tmConcordance(args: TmArgs<'tmConcordance'>): Promise<ConcordanceHitView[]>;
  tmSetProject(args: TmArgs<'tmSetProject'>): Promise<void>;
  tmAddConfirmedRow(args: TmArgs<'tmAddConfirmedRow'>): Promise<AddResult>;
  tmAddProject(args: TmArgs<'tmAddProject'>): Promise<AddResult>;
  tmImportTmx(args: TmArgs<'tmImportTmx'>): Promise<AddResult>;
  tmAlignFiles(args: TmArgs<'tmAlignFiles'>): Promise<AddResult & { pairs: number; skipped: number }>;
}

export function createTmHandlers(service: TmService): TmHandlers {
  return {
    tmLookup: ({ source, prev, next, minScore, limit }) =>
      service.lookup({ source, ...(prev !== undefined ? { prev } : {}), ...(next !== undefined ? { next } : {}) }, { ...(minScore !== undefined ? { minScore } : {}), ...(limit !== undefined ? { limit } : {}) }),
    tmConcordance: ({ phrase, side, limit }) => service.concordance(phrase, { ...(side ? { side } : {}), ...(limit ? { limit } : {}) }),
    tmSetProject: ({ path: p }) => service.setProject(p),
    tmAddConfirmedRow: ({ project, rowIndex, user }) => service.addConfirmedRow(project as Project, rowIndex, user),
    tmAddProject: ({ project, user }) => service.addProject(project as Project, user),
    tmImportTmx: ({ path: p }) => service.importTmx(p),
    async tmAlignFiles({ sourcePath, targetPath, minConfidence }) {
      const [source, target] = await Promise.all([readTextFile(sourcePath), readTextFile(targetPath)]);
      return service.alignIntoTm({ source, target, from: basename(sourcePath) }, undefined, minConfidence);
    },
  };
}
