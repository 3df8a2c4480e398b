import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewTmUnit } from '../../../../app/core/tm/types';
import { HostError } from '../../../../app/host/errors';
import { TmStore } from '../../../../app/host/tm/tm-store';
import { syntheticCorpus } from '../../../fixtures/tm/synthetic-corpus';

const u = (source: string, target: string, extra: Partial<NewTmUnit> = {}): NewTmUnit => ({
  source, target, sourceLang: 'ar', targetLang: 'en', origin: 'project', changed: '2026-11-29T00:00:00Z', ...extra,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qalam-tm-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('TmStore', () => {
  it('keeps units across save and reopen, with their context, and still matches them fuzzily', async () => {
    const file = join(dir, 'tm.sqlite');
    const a = await TmStore.open(file);
    a.add([u('أعلن الائتلاف الحاكم عن خطة جديدة.', 'The ruling coalition announced a new plan.', { prev: 'قبل.', next: 'بعد.', author: 'Huda', from: 'report.qalam' })]);
    await a.save();
    a.close();
    const b = await TmStore.open(file);
    expect(b.size).toBe(1);
    expect(b.units()[0]).toMatchObject({ prev: 'قبل.', next: 'بعد.', author: 'Huda', from: 'report.qalam', origin: 'project' });
    expect(b.lookup({ source: 'أعلن الائتلاف الحاكم عن خطة جديدة.', prev: 'قبل.', next: 'بعد.' })[0]?.score).toBe(101);
    expect(b.lookup({ source: 'وأعلن والإئتلاف الحاكم عن خطة جديدة.' })[0]?.unit.target).toBe('The ruling coalition announced a new plan.');
    b.close();
  });

  it('does not duplicate a pair added twice, refreshes its context, and keeps two translations of one source', async () => {
    const s = await TmStore.inMemory();
    expect(s.add([u('قال الوزير.', 'The minister said.')])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(s.add([u('قال الوزير.', 'The minister said.', { changed: '2027-01-01T00:00:00Z' })])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(s.add([u('قال الوزير.', 'The minister said.', { next: 'ثم غادر.' })])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(s.add([u('قال الوزير.', 'The minister stated.')])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(s.size).toBe(2);
    expect(s.units().find((x) => x.target === 'The minister said.')?.next).toBe('ثم غادر.');
    s.close();
  });

  it('keeps the previous version as .bak when saving over a TM', async () => {
    const file = join(dir, 'tm.sqlite');
    const s = await TmStore.open(file);
    s.add([u('قال الوزير.', 'The minister said.')]);
    await s.save();
    const first = await readFile(file);
    s.add([u('رفض البرلمان القانون.', 'Parliament rejected the law.')]);
    await s.save();
    expect(Buffer.compare(await readFile(`${file}.bak`), first)).toBe(0);
    s.close();
    const old = await TmStore.open(`${file}.bak`);
    expect(old.size).toBe(1);
    old.close();
  });

  it('keeps units another process saved meanwhile (the CLI beside the app)', async () => {
    const file = join(dir, 'tm.sqlite');
    const app = await TmStore.open(file);
    const cli = await TmStore.open(file);
    cli.add([u('قال الوزير.', 'The minister said.')]);
    await cli.save();
    app.add([u('رفض البرلمان القانون.', 'Parliament rejected the law.')]);
    await app.save();
    expect(app.size).toBe(2);
    const again = await TmStore.open(file);
    expect(again.units().map((x) => x.target).sort()).toEqual(['Parliament rejected the law.', 'The minister said.']);
    for (const x of [app, cli, again]) x.close();
  });

  it('refuses a file that is not a TM, naming it', async () => {
    const file = join(dir, 'notes.sqlite');
    await writeFile(file, 'these are not the droids');
    const err = await TmStore.open(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).message).toContain(file);
    expect((err as HostError).code).toBe('damaged');
  });

  it('an empty store reports no match and creates no file until saved', async () => {
    const file = join(dir, 'sub', 'tm.sqlite');
    const s = await TmStore.open(file);
    expect(s.lookup({ source: 'قال الوزير.' })).toEqual([]);
    await expect(stat(file)).rejects.toThrow();
    await s.save();
    expect((await stat(file)).size).toBeGreaterThan(0);
    s.close();
  });

  it('removes a unit', async () => {
    const s = await TmStore.inMemory();
    s.add([u('قال الوزير.', 'The minister said.')]);
    const id = s.units()[0]!.id;
    expect(s.remove(id)).toBe(true);
    expect(s.lookup({ source: 'قال الوزير.' })).toEqual([]);
    expect(s.size).toBe(0);
    s.close();
  });

  it('stores and reopens 5,000 units, finding a near variant of each sampled one', async () => {
    const file = join(dir, 'tm.sqlite');
    const { units } = syntheticCorpus(5000, 3);
    const s = await TmStore.open(file);
    expect(s.add(units).added).toBe(new Set(units.map((x) => `${x.source}\u0000${x.target}`)).size);
    await s.save();
    s.close();
    const r = await TmStore.open(file);
    for (const i of [0, 1234, 4999]) {
      const src = units[i]!.source;
      const near = src.replace(/^\S+ /u, '');
      const m = r.lookup({ source: near }, { minScore: 50 });
      expect(m.map((x) => x.unit.source)).toContain(src);
    }
    r.close();
  });
});

describe('TmStore: stored tokens', () => {
  it('tokenises again when the stored terms are damaged or the normalisation changed, and still matches', async () => {
    const { loadSql } = await import('../../../../app/host/tm/sql');
    const file = join(dir, 'tm.sqlite');
    const s = await TmStore.open(file);
    s.add([u('أعلن الائتلاف الحاكم عن خطة جديدة.', 'The ruling coalition announced a new plan.'), u('رفض البرلمان القانون.', 'Parliament rejected the law.')]);
    await s.save();
    s.close();
    const SQL = await loadSql();
    for (const damage of ['DELETE FROM terms WHERE id = 0', "UPDATE meta SET value = 'old' WHERE key = 'forms'"]) {
      const db = new SQL.Database(await readFile(file));
      db.run(damage);
      await writeFile(file, db.export());
      db.close();
      const r = await TmStore.open(file);
      expect(r.lookup({ source: 'وأعلن والإئتلاف الحاكم عن خطة جديدة.' })[0]?.unit.target).toBe('The ruling coalition announced a new plan.');
      await r.save();
      r.close();
    }
  });
});
