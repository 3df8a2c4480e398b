/**
 * The translation memories of a working session, as the UI uses them through the host: the user's TM (in the
 * app-data folder, shared by all projects) and the open project's TM (beside the project file). Lookups ask
 * both and merge; confirmed rows, projects and aligned bitexts go into both. Writes are batched: a save is
 * scheduled after each change and `flush` writes at once (call it when a project closes or the app quits).
 *
 * Every argument and result is plain JSON, so each method maps one to one onto a contract method.
 */
import type { Bead, Lang, Sentence } from '../../core/align/types';
import type { Project } from '../../core/project/model';
import type { ConcordanceHit, ConcordanceOptions, LookupOptions, LookupQuery, NewTmUnit, TmMatch } from '../../core/tm/types';
import { unitFromRow, unitsFromAlignment, unitsFromProject, unitsFromTmx } from '../../core/tm/units-from';
import { basename } from 'node:path';
import { importFile } from '../formats/import';
import { align } from '../../core/align/align';
import { segment } from '../../core/text/segment';
import { projectTmPath } from './tm-path';
import { TmStore, type AddResult } from './tm-store';

/** Which TM a match or hit came from. */
export type TmName = 'project' | 'user';

export interface TmMatchView extends TmMatch {
  tm: TmName;
}

export interface ConcordanceHitView extends ConcordanceHit {
  tm: TmName;
}

export interface TmServiceOptions {
  /** The user's TM file (see `defaultTmPath`). */
  userTmPath: string;
  /** The clock, for unit times (tests pass a fixed one). */
  now?: () => Date;
  /** Delay before a scheduled save; default 1500 ms. */
  saveDelayMs?: number;
}

/** Sentence splitting and alignment, passed in so the service stays independent of how they are done. */
export interface AlignTools {
  segment(text: string, lang: Lang): Sentence[];
  align(source: Sentence[], target: Sentence[]): Bead[];
}

/** The app's own segmenter and aligner (Arabic source, English target). */
export const defaultAlignTools: AlignTools = {
  segment,
  align: (source, target) => align(source, target, { sourceLang: 'ar', targetLang: 'en' }),
};

/** Minimum alignment confidence for a pair to enter the TM from an aligned bitext. */
export const DEFAULT_ALIGN_CONFIDENCE = 0.5;

export class TmService {
  private user: Promise<TmStore>;
  private project: Promise<TmStore> | undefined;
  private projectFile: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => Date;
  private readonly delay: number;

  constructor(options: TmServiceOptions) {
    this.user = TmStore.open(options.userTmPath);
    // A damaged TM is reported by the first call that needs it, not as an unhandled rejection now.
    this.user.catch(() => undefined);
    this.now = options.now ?? (() => new Date());
    this.delay = options.saveDelayMs ?? 1500;
  }

  /** Switches to the TM of the project saved at `projectFile` (null: an unsaved project, user TM only). */
  async setProject(projectFile: string | null): Promise<void> {
    if (projectFile === this.projectFile) return;
    await this.flush();
    (await this.project)?.close();
    this.projectFile = projectFile;
    this.project = projectFile ? TmStore.open(projectTmPath(projectFile)) : undefined;
    this.project?.catch(() => undefined);
    await this.project;
  }

  private async stores(): Promise<[TmName, TmStore][]> {
    const out: [TmName, TmStore][] = [];
    if (this.project) out.push(['project', await this.project]);
    out.push(['user', await this.user]);
    return out;
  }

  /**
   * Matches for the active row from both TMs, best first. A pair found in both is shown once (as the
   * project's); among equal scores the project TM's come first, then the most recent.
   */
  async lookup(query: LookupQuery, options: LookupOptions = {}): Promise<TmMatchView[]> {
    const limit = options.limit ?? 5;
    const all: TmMatchView[] = [];
    const seen = new Set<string>();
    for (const [tm, store] of await this.stores()) {
      for (const m of store.lookup(query, { ...options, limit })) {
        const key = `${m.unit.source}\u0000${m.unit.target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        all.push({ ...m, tm });
      }
    }
    // A stable sort keeps the project TM's matches ahead of the user's on equal scores.
    return all.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** Concordance over both TMs, project first, without repeating a pair. */
  async concordance(phrase: string, options: ConcordanceOptions = {}): Promise<ConcordanceHitView[]> {
    const limit = options.limit ?? 50;
    const out: ConcordanceHitView[] = [];
    const seen = new Set<string>();
    for (const [tm, store] of await this.stores()) {
      for (const h of store.concordance(phrase, { ...options, limit })) {
        const key = `${h.unit.source}\u0000${h.unit.target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...h, tm });
      }
    }
    return out.slice(0, limit);
  }

  /** Stores the row the translator just confirmed (both TMs). */
  async addConfirmedRow(project: Project, rowIndex: number, user: string): Promise<AddResult> {
    const unit = unitFromRow(project, rowIndex, { changed: this.now().toISOString(), ...(user ? { author: user } : {}) });
    return this.addUnits(unit ? [unit] : []);
  }

  /** Stores every confirmed row of a project (both TMs). */
  async addProject(project: Project, user?: string): Promise<AddResult> {
    return this.addUnits(unitsFromProject(project, { changed: this.now().toISOString(), ...(user ? { author: user } : {}) }));
  }

  /**
   * "Align these two documents into the TM": splits both texts into sentences, aligns them and stores the
   * pairs whose alignment confidence is at least `minScore` (default 0.5) in both TMs.
   */
  async alignIntoTm(
    texts: { source: string; target: string; sourceLang?: string; targetLang?: string; from?: string },
    tools: AlignTools = defaultAlignTools,
    minScore = DEFAULT_ALIGN_CONFIDENCE,
  ): Promise<AddResult & { pairs: number; skipped: number }> {
    const { units, skipped } = alignedUnits(texts, { changed: this.now().toISOString() }, tools, minScore);
    return { ...(await this.addUnits(units)), pairs: units.length, skipped };
  }

  /** Imports a TMX file into both TMs (units with both languages; no context). */
  async importTmx(file: string): Promise<AddResult> {
    const project = await importFile(file);
    return this.addUnits(unitsFromTmx(project, { changed: this.now().toISOString(), from: basename(file) }));
  }

  /** Adds units to both TMs and schedules a save; the result counts the user TM. */
  async addUnits(units: NewTmUnit[]): Promise<AddResult> {
    let result: AddResult = { added: 0, updated: 0, unchanged: 0 };
    for (const [tm, store] of await this.stores()) {
      const r = store.add(units);
      if (tm === 'user') result = r;
    }
    if (units.length > 0) this.scheduleSave();
    return result;
  }

  private scheduleSave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch(() => undefined);
    }, this.delay);
  }

  /** Writes both TMs now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const [, store] of await this.stores()) await store.save();
  }

  /** Writes and closes both TMs. */
  async close(): Promise<void> {
    await this.flush();
    for (const [, store] of await this.stores()) store.close();
    this.project = undefined;
    this.projectFile = null;
  }
}

/**
 * The TM units of two documents, an Arabic text and its English translation: sentences cut and aligned, one
 * unit per bead with both sides and a confidence of at least `minScore`. `skipped` counts the beads left out
 * (one-sided, or less sure than `minScore`).
 */
export function alignedUnits(
  texts: { source: string; target: string; sourceLang?: string; targetLang?: string; from?: string },
  stamp: { changed: string; author?: string },
  tools: AlignTools = defaultAlignTools,
  minScore = DEFAULT_ALIGN_CONFIDENCE,
): { units: NewTmUnit[]; skipped: number } {
  const src = tools.segment(texts.source, 'ar');
  const tgt = tools.segment(texts.target, 'en');
  const beads = tools.align(src, tgt);
  const units = unitsFromAlignment(src, tgt, beads, { sourceLang: texts.sourceLang ?? 'ar', targetLang: texts.targetLang ?? 'en' }, { ...stamp, ...(texts.from ? { from: texts.from } : {}) }, minScore);
  return { units, skipped: beads.length - units.length };
}
