/**
 * The host side of the contract: one implementation of `QalamApi` over Node, used by Electron main (through IPC),
 * by the HTTP test host and by anything else that needs the app's services.
 */
import type { FilePurpose, QalamApi, Method, Reply } from '../contract/api';
import { ApiError, checkArgs } from '../contract/api';
import type { AppData } from './app-data';
import { HostError } from './errors';
import { loadProjectFile, saveProjectFile } from './project-file';
import { readDocument } from './read-document';
import { sampleProject } from './sample';
import { importFile } from './formats/import';
import { exportProject, type ExportFormat as HostExportFormat } from './formats/export';
import { writeFileAtomic } from './atomic-write';
import { join } from 'node:path';
import { TmService } from './tm/tm-service';
import { createTmHandlers } from './tm/tm-api';
import { readProjectForCompare } from './read-for-compare';
import type { ExportFormat } from '../contract/api';

// The contract's list of export formats and the host's must be the same list.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const formatsAgree: Same<ExportFormat, HostExportFormat> = true;
void formatsAgree;

export interface HostContext {
  appData: AppData;
  /** The translation memories (the user's, in the app-data folder, and the open project's). */
  tm?: TmService;
  /** Asks the user for a file; Electron shows a native dialog, the test host answers from a queue. */
  pickFile(purpose: FilePurpose, defaultName?: string): Promise<string | null>;
}

export function createHostApi(ctx: HostContext): QalamApi {
  const { appData } = ctx;
  const tm = ctx.tm ?? new TmService({ userTmPath: join(appData.dir, 'tm.sqlite') });
  return {
    ...createTmHandlers(tm),
    async openProject({ path }) {
      const project = await loadProjectFile(path);
      await appData.addRecent(path, project.name);
      return { path, project };
    },
    async openSample() {
      return { path: null, project: sampleProject() };
    },
    async saveProject({ path, project }) {
      const saved = { ...project, modifiedAt: new Date().toISOString() };
      await saveProjectFile(path, saved);
      await appData.addRecent(path, project.name);
      return { path, savedAt: saved.modifiedAt };
    },
    async readDocument({ path }) {
      return { path, ...(await readDocument(path)) };
    },
    listRecent: () => appData.listRecent(),
    getSettings: () => appData.getSettings(),
    setSettings: ({ settings }) => appData.setSettings(settings),
    async importProject({ path }) {
      return { path: null, project: await importFile(path) };
    },
    async exportProject({ path, project, format }) {
      const data = await exportProject(project, format);
      await writeFileAtomic(path, data);
      return { path };
    },
    pickFile: ({ purpose, defaultName }) => ctx.pickFile(purpose, defaultName),
    async autosave({ path, project }) {
      return { savedAt: await appData.autosave(path, project) };
    },
    getRecovery: () => appData.getRecovery(),
    discardRecovery: () => appData.discardRecovery(),
    async readProjectForCompare({ path }) {
      return { path, project: await readProjectForCompare(path) };
    },
  };
}

/** Validates a call's arguments, runs it and turns user-facing errors into payloads. */
export async function dispatch(api: QalamApi, method: Method, args: unknown): Promise<Reply> {
  try {
    const checked = checkArgs(method, args);
    const fn = api[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await fn(checked) };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, error: e.payload };
    if (e instanceof HostError) return { ok: false, error: { message: e.message, code: e.code, ...(e.file ? { file: e.file } : {}) } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: `${method} failed: ${message}`, code: 'internal' } };
  }
}
