/**
 * The one typed contract between the UI and its host. Electron's preload, the HTTP test host and any future
 * transport implement exactly this; the renderer only ever sees `QalamApi`.
 */
import { z } from 'zod';
import type { Project } from '../core/project/model';
import type { uiLanguageSchema } from './schema';
import { projectSchema, settingsSchema } from './schema';
import { tmMethodArgs, type ConcordanceHitView, type TmAddResult, type TmMatchView } from './tm';
import { compareMethodArgs } from './compare';

export type UiLanguage = z.infer<typeof uiLanguageSchema>;
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  userName: '',
  autosaveSeconds: 5,
  lowScoreThreshold: 0.5,
  spelling: 'en-GB',
  dictionary: [],
};

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

/** A project as the host hands it to the UI: where it lives (null for the sample or a new project) and its data. */
export interface OpenedProject {
  path: string | null;
  project: Project;
}

export interface SavedProject {
  path: string;
  savedAt: string;
}

/** A document read for a new project: its text and what it was read from. */
export interface DocumentText {
  path: string;
  name: string;
  text: string;
}

/** An autosaved copy that is newer than the project on disk: offered to the user after a crash. */
export interface Recovery {
  path: string | null;
  savedAt: string;
  project: Project;
}

export const FILE_PURPOSES = ['open-project', 'save-project', 'open-document', 'import', 'export', 'compare'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** What a project can be exported as (XLIFF 2.1/2.0/1.2, TMX of confirmed or all pairs, the glossary as TBX, documents). */
export const EXPORT_FORMATS = ['xliff21', 'xliff20', 'xliff12', 'tmx', 'tmx-all', 'tbx', 'txt', 'docx', 'tsv', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension each export format is written with. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  xliff21: 'xlf',
  xliff20: 'xlf',
  xliff12: 'xlf',
  tmx: 'tmx',
  'tmx-all': 'tmx',
  tbx: 'tbx',
  txt: 'txt',
  docx: 'docx',
  tsv: 'tsv',
  csv: 'csv',
  xlsx: 'xlsx',
};

/** Every call the UI can make. Each takes one argument object (or none) and returns a promise. */
export interface QalamApi {
  openProject(args: { path: string }): Promise<OpenedProject>;
  openSample(): Promise<OpenedProject>;
  saveProject(args: { path: string; project: Project }): Promise<SavedProject>;
  readDocument(args: { path: string }): Promise<DocumentText>;
  listRecent(): Promise<RecentProject[]>;
  getSettings(): Promise<Settings>;
  setSettings(args: { settings: Partial<Settings> }): Promise<Settings>;
  /** Reads an XLIFF 1.2/2.x or TMX file from another tool as a new, unsaved project. */
  importProject(args: { path: string }): Promise<OpenedProject>;
  /** Writes the project in an exchange or document format. */
  exportProject(args: { path: string; project: Project; format: ExportFormat }): Promise<{ path: string }>;
  /** Asks the user for a file (a native dialog in Electron). Null when the user cancels. */
  pickFile(args: { purpose: FilePurpose; defaultName?: string }): Promise<string | null>;
  autosave(args: { path: string | null; project: Project }): Promise<{ savedAt: string }>;
  /** Translation memory: matches for the active row (exact, in-context, fuzzy), best first. */
  tmLookup(args: z.infer<typeof tmMethodArgs.tmLookup>): Promise<TmMatchView[]>;
  tmConcordance(args: z.infer<typeof tmMethodArgs.tmConcordance>): Promise<ConcordanceHitView[]>;
  tmSetProject(args: z.infer<typeof tmMethodArgs.tmSetProject>): Promise<void>;
  tmAddConfirmedRow(args: { project: Project; rowIndex: number; user: string }): Promise<TmAddResult>;
  tmAddProject(args: { project: Project; user?: string }): Promise<TmAddResult>;
  tmImportTmx(args: z.infer<typeof tmMethodArgs.tmImportTmx>): Promise<TmAddResult>;
  tmAlignFiles(args: z.infer<typeof tmMethodArgs.tmAlignFiles>): Promise<TmAddResult & { pairs: number; skipped: number }>;
  getRecovery(): Promise<Recovery | null>;
  discardRecovery(): Promise<void>;
  /** Reads another version of the document (a `.qalam` project or an XLIFF 1.2/2.x file) to compare with; opens nothing. */
  readProjectForCompare(args: z.infer<typeof compareMethodArgs.readProjectForCompare>): Promise<OpenedProject>;
}

export type Method = keyof QalamApi;
export type ArgsOf<M extends Method> = Parameters<QalamApi[M]>[0];
export type ResultOf<M extends Method> = Awaited<ReturnType<QalamApi[M]>>;

const path = z.string().min(1).max(4096);
const none = z.undefined();

/**
 * The method table: one argument schema per method. Being a `Record<Method, …>`, a method added to `QalamApi`
 * and not here is a compile error, and every transport validates the same way.
 */
export const methodArgs: Record<Method, z.ZodType> = {
  openProject: z.strictObject({ path }),
  openSample: none,
  saveProject: z.strictObject({ path, project: projectSchema }),
  readDocument: z.strictObject({ path }),
  listRecent: none,
  getSettings: none,
  setSettings: z.strictObject({ settings: settingsSchema.partial().strict() }),
  importProject: z.strictObject({ path }),
  exportProject: z.strictObject({ path, project: projectSchema, format: z.enum(EXPORT_FORMATS) }),
  pickFile: z.strictObject({
    purpose: z.enum(FILE_PURPOSES),
    defaultName: z.string().max(255).optional(),
  }),
  autosave: z.strictObject({ path: path.nullable(), project: projectSchema }),
  getRecovery: none,
  discardRecovery: none,
  ...tmMethodArgs,
  ...compareMethodArgs,
};

export const METHODS = Object.keys(methodArgs) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methodArgs, name);
}

/** An error that crossed the boundary: the message is for the user, the code for the UI to choose a text. */
export interface ApiErrorPayload {
  message: string;
  code: string;
  file?: string;
}

export class ApiError extends Error {
  constructor(readonly payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
  }
}

/** Checks a method's argument; throws an ApiError with code `bad-args` that says what is wrong. */
export function checkArgs<M extends Method>(method: M, args: unknown): ArgsOf<M> {
  const result = methodArgs[method].safeParse(args);
  if (!result.success) {
    const what = result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`)
      .join('; ');
    throw new ApiError({ message: `${method}: invalid arguments (${what})`, code: 'bad-args' });
  }
  return result.data as ArgsOf<M>;
}

export type Invoke = (method: Method, args: unknown) => Promise<unknown>;

/** What a transport carries back: a result or an error payload, never a raw exception. */
export type Reply = { ok: true; value: unknown } | { ok: false; error: ApiErrorPayload };

/** Turns a transport that returns Replies (IPC, HTTP) into an `Invoke` that returns values and throws ApiErrors. */
export function invokeFromReplies(send: (method: Method, args: unknown) => Promise<Reply>): Invoke {
  return async (method, args) => {
    const reply = await send(method, args);
    if (!reply.ok) throw new ApiError(reply.error);
    return reply.value;
  };
}

/** What preload exposes as `window.qalam` (and the web host's shim imitates): a raw transport, nothing more. */
export interface QalamBridge {
  transport: 'electron' | 'http';
  invoke(method: Method, args: unknown): Promise<Reply>;
  /** Menu commands from the host (Electron's application menu). Returns a function that stops listening. */
  onCommand(listener: (command: string) => void): () => void;
}

/** Builds the renderer-side API from one `invoke` function (ipcRenderer.invoke in Electron, fetch in tests). */
export function createApi(invoke: Invoke): QalamApi {
  const api = {} as Record<Method, (args?: unknown) => Promise<unknown>>;
  for (const m of METHODS) api[m] = (args?: unknown) => invoke(m, args);
  return api as unknown as QalamApi;
}
