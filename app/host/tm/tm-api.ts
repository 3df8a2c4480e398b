/**
 * The translation memory calls the UI makes, ready to join the contract: one argument schema and one handler
 * per method, over a `TmService`. To wire them, add the schemas to `methodArgs` and the methods to `QalamApi`
 * (app/contract/api.ts), and spread `createTmHandlers(service)` into the object `createHostApi` returns.
 * Results are plain JSON (matches carry the unit, the score and the source differences for highlighting).
 */
import type { z } from 'zod';
import type { Project } from '../../core/project/model';
import { tmMethodArgs } from '../../contract/tm';
import { readTextFile } from '../read-text';
import { basename } from 'node:path';
import type { AddResult } from './tm-store';
import type { ConcordanceHitView, TmMatchView, TmService } from './tm-service';

export { tmMethodArgs };
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
