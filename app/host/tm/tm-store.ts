/**
 * A translation memory on disk: units in an SQLite database (sql.js), matched through the in-memory index of
 * app/core/tm. See README.md in this folder for why this storage.
 */
import type { Database, SqlValue } from 'sql.js';
import { readFile, stat } from 'node:fs/promises';
import { TmIndex, sourceForms } from '../../core/tm/tm-index';
import type { ConcordanceHit, ConcordanceOptions, LookupOptions, LookupQuery, NewTmUnit, TmMatch, TmOrigin, TmUnit } from '../../core/tm/types';
import { HostError } from '../errors';
import { writeFileAtomic } from '../atomic-write';
import { loadSql } from './sql';

const FORMAT = 'qalam-tm';
const VERSION = 1;
/** Bumped whenever match normalisation changes, so stored forms are recomputed on open. */
const FORMS_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  prev TEXT,
  next TEXT,
  origin TEXT NOT NULL,
  from_name TEXT,
  author TEXT,
  changed TEXT NOT NULL,
  forms TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS units_pair ON units (source, target);
CREATE INDEX IF NOT EXISTS units_changed ON units (changed);
`;

/** What adding units did. */
export interface AddResult {
  /** New units. */
  added: number;
  /** Units already stored (same source and target) whose context, author or time were refreshed. */
  updated: number;
  /** Units already stored exactly so. */
  unchanged: number;
}

// Forms never contain spaces (spaces separate tokens), so a space-joined list stores them losslessly.
const FORM_SEP = ' ';

export class TmStore {
  private readonly index = new TmIndex();
  /** Units added since the last load or save, replayed onto the file if another process wrote it meanwhile. */
  private pending: NewTmUnit[] = [];
  private diskStamp: string | undefined;
  private nextId = 1;
  /** Changed since the last load or save. */
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();

  private constructor(
    private db: Database,
    /** The TM file, or undefined for a TM that lives in memory only. */
    readonly file: string | undefined,
  ) {}

  /** Opens the TM at `file`, or an empty one when the file does not exist yet (it is written by `save`). */
  static async open(file: string): Promise<TmStore> {
    const SQL = await loadSql();
    let bytes: Uint8Array | undefined;
    let stamp: string | undefined;
    try {
      bytes = await readFile(file);
      stamp = await fileStamp(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EISDIR') throw new HostError(`${file}: is a folder, not a TM file`, file, 'unreadable');
      if (code !== 'ENOENT') throw new HostError(`${file}: cannot be read (${code ?? String(e)})`, file, 'unreadable');
    }
    let db: Database;
    try {
      db = new SQL.Database(bytes);
      db.exec(SCHEMA);
    } catch {
      throw new HostError(`${file}: not a Qalam translation memory (not an SQLite database, or damaged)`, file, 'damaged');
    }
    const store = new TmStore(db, file);
    store.diskStamp = stamp;
    store.checkFormat();
    store.load();
    return store;
  }

  /** A TM that lives in memory only (tests, previews). */
  static async inMemory(): Promise<TmStore> {
    const SQL = await loadSql();
    const db = new SQL.Database();
    db.exec(SCHEMA);
    const store = new TmStore(db, undefined);
    store.checkFormat();
    return store;
  }

  private checkFormat(): void {
    const meta = new Map(this.rows('SELECT key, value FROM meta').map((r) => [String(r[0]), String(r[1])] as const));
    const where = this.file ?? 'TM';
    if (meta.size === 0) {
      this.db.run('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?)', ['format', FORMAT, 'version', String(VERSION), 'forms', FORMS_VERSION]);
      return;
    }
    if (meta.get('format') !== FORMAT) throw new HostError(`${where}: an SQLite database, but not a Qalam translation memory`, this.file, 'damaged');
    if (Number(meta.get('version')) > VERSION) {
      throw new HostError(`${where}: made by a newer Qalam (TM version ${meta.get('version')}); update Qalam to open it`, this.file, 'newer-version');
    }
    if (meta.get('forms') !== FORMS_VERSION) this.recomputeForms();
  }

  private recomputeForms(): void {
    this.db.exec('BEGIN');
    const update = this.db.prepare('UPDATE units SET forms = ? WHERE id = ?');
    try {
      for (const r of this.rows('SELECT id, source, source_lang FROM units')) {
        update.run([sourceForms(String(r[1]), String(r[2])).join(FORM_SEP), Number(r[0])]);
      }
      this.db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('forms', ?)", [FORMS_VERSION]);
      this.db.exec('COMMIT');
    } finally {
      update.free();
    }
  }

  private load(): void {
    this.nextId = Number(this.rows('SELECT COALESCE(MAX(id), 0) + 1 FROM units')[0]?.[0] ?? 1);
    const stmt = this.db.prepare('SELECT id, source, target, source_lang, target_lang, prev, next, origin, from_name, author, changed, forms FROM units');
    try {
      while (stmt.step()) {
        const r = stmt.get();
        const forms = String(r[11]);
        this.index.add(toUnit(r), forms === '' ? [] : forms.split(FORM_SEP));
      }
    } finally {
      stmt.free();
    }
  }

  private rows(sql: string): SqlValue[][] {
    return this.db.exec(sql)[0]?.values ?? [];
  }

  /** Number of units. */
  get size(): number {
    return this.index.size;
  }

  /**
   * Adds units in one transaction. A unit whose source and target are already stored is not duplicated: its
   * context, author, origin and time are refreshed instead (or left alone when only the time would change).
   * Not on disk until `save`.
   */
  add(units: readonly NewTmUnit[]): AddResult {
    const result: AddResult = { added: 0, updated: 0, unchanged: 0 };
    if (units.length === 0) return result;
    const insert = this.db.prepare(
      'INSERT INTO units (id, source, target, source_lang, target_lang, prev, next, origin, from_name, author, changed, forms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const update = this.db.prepare('UPDATE units SET prev = ?, next = ?, origin = ?, from_name = ?, author = ?, changed = ? WHERE id = ?');
    this.db.exec('BEGIN');
    try {
      for (const u of units) {
        // The in-memory index answers "already stored?" without a query per unit.
        const old = this.index.findPair(u.source, u.target);
        if (old) {
          const existing = old.id;
          const fresh: TmUnit = { ...u, source: old.source, id: existing };
          if (sameUnit(old, fresh)) {
            result.unchanged++;
            continue;
          }
          update.run([u.prev ?? null, u.next ?? null, u.origin, u.from ?? null, u.author ?? null, u.changed, existing]);
          this.index.add(fresh);
          result.updated++;
        } else {
          const forms = sourceForms(u.source, u.sourceLang);
          const id = this.nextId++;
          insert.run([id, u.source, u.target, u.sourceLang, u.targetLang, u.prev ?? null, u.next ?? null, u.origin, u.from ?? null, u.author ?? null, u.changed, forms.join(FORM_SEP)]);
          this.index.add({ ...u, id }, forms);
          result.added++;
        }
        this.pending.push(u);
      }
      this.db.exec('COMMIT');
      if (result.added + result.updated > 0) this.dirty = true;
    } catch (e) {
      this.db.exec('ROLLBACK');
      // The index may hold units of the rolled-back transaction: rebuild it from the database.
      this.rebuildIndex();
      throw e;
    } finally {
      insert.free();
      update.free();
    }
    return result;
  }

  private rebuildIndex(): void {
    for (const u of [...this.index.units()]) this.index.remove(u.id);
    this.load();
  }

  /** Removes a unit by id; returns whether it was there. */
  remove(id: number): boolean {
    if (!this.index.get(id)) return false;
    this.db.run('DELETE FROM units WHERE id = ?', [id]);
    this.index.remove(id);
    this.dirty = true;
    return true;
  }

  /** The best matches for a source sentence (see TmIndex.lookup). */
  lookup(query: LookupQuery, options?: LookupOptions): TmMatch[] {
    return this.index.lookup(query, options);
  }

  /** Units whose source (or target) contains a phrase (see TmIndex.concordance). */
  concordance(phrase: string, options?: ConcordanceOptions): ConcordanceHit[] {
    return this.index.concordance(phrase, options);
  }

  /** Every unit, in the order they were stored. */
  units(): TmUnit[] {
    return [...this.index.units()];
  }

  /**
   * Writes the TM to its file atomically (temp file, fsync, rename; previous version kept as `.bak`), when it
   * changed or was never written. If another process (the CLI
   * beside the app) wrote the file since this store read it, its units are kept: the file is read again and
   * this store's additions are replayed onto it before writing.
   */
  save(): Promise<void> {
    const run = async (): Promise<void> => {
      const file = this.file;
      if (!file || (!this.dirty && this.diskStamp !== undefined)) return;
      if ((await fileStamp(file)) !== this.diskStamp) await this.reloadKeepingPending(file);
      try {
        await writeFileAtomic(file, this.db.export(), { keepBackup: true });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        throw new HostError(`${file}: cannot be written (${code})`, file, code === 'ENOSPC' ? 'disk-full' : 'unwritable');
      }
      this.diskStamp = await fileStamp(file);
      this.pending = [];
      this.dirty = false;
    };
    const next = this.saving.then(run, run);
    this.saving = next.catch(() => undefined);
    return next;
  }

  private async reloadKeepingPending(file: string): Promise<void> {
    const fresh = await TmStore.open(file);
    const pending = this.pending;
    this.db.close();
    this.db = fresh.db;
    this.rebuildIndex();
    this.pending = [];
    this.add(pending);
  }

  /** Frees the database (call `save` first to keep changes). */
  close(): void {
    this.db.close();
  }
}

async function fileStamp(file: string): Promise<string | undefined> {
  try {
    const s = await stat(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return undefined;
  }
}

function toUnit(r: SqlValue[]): TmUnit {
  const u: TmUnit = {
    id: Number(r[0]),
    source: String(r[1]),
    target: String(r[2]),
    sourceLang: String(r[3]),
    targetLang: String(r[4]),
    origin: String(r[7]) as TmOrigin,
    changed: String(r[10]),
  };
  if (r[5] !== null) u.prev = String(r[5]);
  if (r[6] !== null) u.next = String(r[6]);
  if (r[8] !== null) u.from = String(r[8]);
  if (r[9] !== null) u.author = String(r[9]);
  return u;
}

// Adding the same pair again from the same place is not a change, whenever it happens: its time stays.
function sameUnit(a: TmUnit, b: TmUnit): boolean {
  return a.prev === b.prev && a.next === b.next && a.origin === b.origin && a.from === b.from && a.author === b.author;
}
