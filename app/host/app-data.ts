/** The user's app-data folder: settings, recent projects and the crash-recovery autosave. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../core/project/model';
import { DEFAULT_SETTINGS, type RecentProject, type Recovery, type Settings } from '../contract/api';
import { settingsSchema } from '../contract/schema';
import { writeFileAtomic } from './atomic-write';
import { parseProject, serializeProject } from './project-file';
import { unlink } from 'node:fs/promises';

const MAX_RECENT = 10;

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    // A missing or damaged settings file must never stop the app from starting: defaults apply.
    return undefined;
  }
}

export class AppData {
  constructor(readonly dir: string) {}

  private get settingsFile(): string {
    return join(this.dir, 'settings.json');
  }
  private get recentFile(): string {
    return join(this.dir, 'recent.json');
  }
  private get recoveryFile(): string {
    return join(this.dir, 'recovery', 'autosave.qalam');
  }
  private get recoveryInfoFile(): string {
    return join(this.dir, 'recovery', 'autosave.json');
  }

  async getSettings(): Promise<Settings> {
    const raw = await readJson(this.settingsFile);
    const merged = { ...DEFAULT_SETTINGS, ...(typeof raw === 'object' && raw !== null ? raw : {}) };
    const parsed = settingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...(await this.getSettings()), ...patch });
    await writeFileAtomic(this.settingsFile, JSON.stringify(next, null, 2) + '\n');
    return next;
  }

  async listRecent(): Promise<RecentProject[]> {
    const raw = await readJson(this.recentFile);
    if (!Array.isArray(raw)) return [];
    return raw
      .filter((r): r is RecentProject => typeof r?.path === 'string' && typeof r?.name === 'string' && typeof r?.openedAt === 'string')
      .slice(0, MAX_RECENT);
  }

  async addRecent(path: string, name: string): Promise<void> {
    const list = (await this.listRecent()).filter((r) => r.path !== path);
    list.unshift({ path, name, openedAt: new Date().toISOString() });
    await writeFileAtomic(this.recentFile, JSON.stringify(list.slice(0, MAX_RECENT), null, 2) + '\n');
  }

  async autosave(path: string | null, project: Project): Promise<string> {
    const savedAt = new Date().toISOString();
    await writeFileAtomic(this.recoveryFile, serializeProject(project));
    await writeFileAtomic(this.recoveryInfoFile, JSON.stringify({ path, savedAt }) + '\n');
    return savedAt;
  }

  async getRecovery(): Promise<Recovery | null> {
    const info = (await readJson(this.recoveryInfoFile)) as { path?: unknown; savedAt?: unknown } | undefined;
    if (!info || typeof info.savedAt !== 'string') return null;
    try {
      const project = parseProject(await readFile(this.recoveryFile, 'utf8'), this.recoveryFile);
      return { path: typeof info.path === 'string' ? info.path : null, savedAt: info.savedAt, project };
    } catch {
      return null;
    }
  }

  async discardRecovery(): Promise<void> {
    await unlink(this.recoveryInfoFile).catch(() => undefined);
    await unlink(this.recoveryFile).catch(() => undefined);
  }
}
