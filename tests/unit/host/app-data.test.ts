import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppData } from '../../../app/host/app-data';
import { DEFAULT_SETTINGS } from '../../../app/contract/api';
import { sampleProject } from '../../../app/host/sample';

const fresh = () => new AppData(mkdtempSync(join(tmpdir(), 'qalam-appdata-')));

describe('app-data folder', () => {
  it('starts with default settings and persists changes', async () => {
    const a = fresh();
    expect(await a.getSettings()).toEqual(DEFAULT_SETTINGS);
    await a.setSettings({ language: 'ar', userName: 'Huda' });
    expect(await new AppData(a.dir).getSettings()).toMatchObject({ language: 'ar', userName: 'Huda', autosaveSeconds: 5 });
  });

  it('falls back to defaults when settings.json is damaged, instead of refusing to start', async () => {
    const a = fresh();
    mkdirSync(a.dir, { recursive: true });
    writeFileSync(join(a.dir, 'settings.json'), '{ not json');
    expect(await a.getSettings()).toEqual(DEFAULT_SETTINGS);
    writeFileSync(join(a.dir, 'settings.json'), JSON.stringify({ language: 'klingon' }));
    expect((await a.getSettings()).language).toBe('en');
  });

  it('keeps recent projects newest first, without duplicates, at most ten', async () => {
    const a = fresh();
    for (let i = 0; i < 12; i++) await a.addRecent(`/p/${i}.qalam`, `P${i}`);
    await a.addRecent('/p/5.qalam', 'P5');
    const list = await a.listRecent();
    expect(list).toHaveLength(10);
    expect(list[0]!.path).toBe('/p/5.qalam');
    expect(list.filter((r) => r.path === '/p/5.qalam')).toHaveLength(1);
  });

  it('autosave can be recovered after a crash and discarded afterwards', async () => {
    const a = fresh();
    expect(await a.getRecovery()).toBeNull();
    const p = { ...sampleProject(), name: 'work in progress' };
    await a.autosave('/p/x.qalam', p);
    const r = await new AppData(a.dir).getRecovery();
    expect(r?.path).toBe('/p/x.qalam');
    expect(r?.project.name).toBe('work in progress');
    await a.discardRecovery();
    expect(await a.getRecovery()).toBeNull();
  });
});
