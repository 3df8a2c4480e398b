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
/** Bumped whenever match normalisation changes, so the stored tokens are recomputed on open. */
const FORMS_VERSION = '2';

// `terms` is the index's term table (normalised forms and stems) in id order; `units.tokens` holds each
// source's term ids (Int32, platform byte order), so reopening a TM replays the terms once and then copies id
// arrays, instead of normalising every token of every unit again.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terms (id INTEGER PRIMARY KEY, form TEXT NOT NULL);
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
  tokens BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS units_pair ON units (source, target);
CREATE INDEX IF NOT EXISTS units_changed ON units (changed);
`;

// sql.js keeps the database in an in-memory file and durability comes from the atomic save, so a journal
// file only copies pages around: keep the journal in memory.
const PRAGMAS = 'PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;';

const UNIT_COLUMNS = 'id, source, target, source_lang, target_lang, prev, next, origin, from_name, author, changed';

/** What adding units did. */
export interface AddResult {
  /** New units. */
  added: number;
  /** Units already stored (same source and target) whose context, author or origin were refreshed. */
  updated: number;
  /** Units already stored exactly so. */
  unchanged: number;
}

const blobOf = (ids: Int32Array): Uint8Array => new Uint8Array(ids.buffer, ids.byteOffset, ids.byteLength);
const idsOf = (blob: Uint8Array): Int32Array => new Int32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

export class TmStore {
  private index = new TmIndex();
  /** Terms of the index already in the `terms` table. */
  private storedTerms = 0;
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
      db.exec(PRAGMAS);
      db.exec(SCHEMA);
    } catch {
      throw new HostError(`${file}: not a Qalam translation memory (not an SQLite database, or damaged)`, file, 'damaged');
    }
    const store = new TmStore(db, file);
    store.diskStamp = stamp;
    store.checkFormatAndLoad();
    return store;
  }

  /** A TM that lives in memory only (tests, previews). */
  static async inMemory(): Promise<TmStore> {
    const SQL = await loadSql();
    const db = new SQL.Database();
    db.exec(PRAGMAS);
    db.exec(SCHEMA);
    const store = new TmStore(db, undefined);
    store.checkFormatAndLoad();
    return store;
  }

  private checkFormatAndLoad(): void {
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
    this.nextId = Number(this.rows('SELECT COALESCE(MAX(id), 0) + 1 FROM units')[0]?.[0] ?? 1);
    if (meta.get('forms') !== FORMS_VERSION || !this.loadFast()) this.retokenize();
  }

  /** Loads terms and units as stored; false when the stored terms do not replay to the same ids. */
  private loadFast(): boolean {
    const forms = this.rows('SELECT id, form FROM terms ORDER BY id');
    const ids = this.index.termIdsOf(forms.map((r) => String(r[1])));
    for (let i = 0; i < forms.length; i++) if (ids[i] !== i || Number(forms[i]![0]) !== i) return false;
    if (this.index.termCount !== forms.length) return false;
    this.storedTerms = forms.length;
    const stmt = this.db.prepare(`SELECT ${UNIT_COLUMNS}, tokens FROM units`);
    try {
      while (stmt.step()) {
        const r = stmt.get();
        const tokens = idsOf(r[11] as Uint8Array);
        if (tokens.some((t) => t >= forms.length)) return false;
        this.index.add(toUnit(r), tokens);
      }
    } finally {
      stmt.free();
    }
    return true;
  }

  /** Tokenises every unit again (normalisation changed, or the term table is damaged) and rewrites the tokens. */
  private retokenize(): void {
    this.index = new TmIndex();
    this.storedTerms = 0;
    this.db.exec('BEGIN');
    const update = this.db.prepare('UPDATE units SET tokens = ? WHERE id = ?');
    try {
      this.db.run('DELETE FROM terms');
      for (const r of this.rows(`SELECT ${UNIT_COLUMNS} FROM units`)) {
        const unit = toUnit(r);
        const ids = this.index.termIdsOf(sourceForms(unit.source, unit.sourceLang));
        update.run([blobOf(ids), unit.id]);
        this.index.add(unit, ids);
      }
      this.storeNewTerms();
      this.db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('forms', ?)", [FORMS_VERSION]);
      this.db.exec('COMMIT');
      this.dirty = true;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    } finally {
      update.free();
    }
  }

  private storeNewTerms(): void {
    const terms = this.index.terms(this.storedTerms);
    if (terms.length === 0) return;
    const insert = this.db.prepare('INSERT INTO terms (id, form) VALUES (?, ?)');
    try {
      terms.forEach((form, i) => insert.run([this.storedTerms + i, form]));
    } finally {
      insert.free();
    }
    this.storedTerms += terms.length;
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
    const insert = this.db.prepare(`INSERT INTO units (${UNIT_COLUMNS}, tokens) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const update = this.db.prepare('UPDATE units SET prev = ?, next = ?, origin = ?, from_name = ?, author = ?, changed = ? WHERE id = ?');
    const termsBefore = this.storedTerms;
    this.db.exec('BEGIN');
    try {
      for (const u of units) {
        // The in-memory index answers "already stored?" without a query per unit.
        const old = this.index.findPair(u.source, u.target);
        if (old) {
          const fresh: TmUnit = { ...u, source: old.source, id: old.id };
          if (sameUnit(old, fresh)) {
            result.unchanged++;
            continue;
          }
          update.run([u.prev ?? null, u.next ?? null, u.origin, u.from ?? null, u.author ?? null, u.changed, old.id]);
          this.index.add(fresh);
          result.updated++;
        } else {
          const id = this.nextId++;
          const ids = this.index.termIdsOf(sourceForms(u.source, u.sourceLang));
          insert.run([id, u.source, u.target, u.sourceLang, u.targetLang, u.prev ?? null, u.next ?? null, u.origin, u.from ?? null, u.author ?? null, u.changed, blobOf(ids)]);
          this.index.add({ ...u, id }, ids);
          result.added++;
        }
        this.pending.push(u);
      }
      this.storeNewTerms();
      this.db.exec('COMMIT');
      if (result.added + result.updated > 0) this.dirty = true;
    } catch (e) {
      this.db.exec('ROLLBACK');
      // The index may hold units of the rolled-back transaction: load it again from the database.
      this.storedTerms = termsBefore;
      this.reload();
      throw e;
    } finally {
      insert.free();
      update.free();
    }
    return result;
  }

  private reload(): void {
    this.index = new TmIndex();
    this.storedTerms = 0;
    this.nextId = Number(this.rows('SELECT COALESCE(MAX(id), 0) + 1 FROM units')[0]?.[0] ?? 1);
    if (!this.loadFast()) this.retokenize();
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
   * changed or was never written. If another process (the CLI beside the app) wrote the file since this store
   * read it, its units are kept: the file is read again and this store's additions are replayed onto it
   * before writing (removals made here meanwhile are not replayed).
   */
  save(): Promise<void> {
    const run = async (): Promise<void> => {
      const file = this.file;
      if (!file || (!this.dirty && this.diskStamp !== undefined)) return;
      if ((await fileStamp(file)) !== this.diskStamp) await this.reloadKeepingPending(file);
      try {
        const bytes = this.db.export();
        // export() reopens the database, which resets the pragmas.
        this.db.exec(PRAGMAS);
        await writeFileAtomic(file, bytes, { keepBackup: true });
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
    this.index = fresh.index;
    this.storedTerms = fresh.storedTerms;
    this.nextId = fresh.nextId;
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
