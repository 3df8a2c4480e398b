/**
 * Import off the calling thread: a 100 MB XLIFF takes seconds to parse, and the Electron main process must
 * keep answering the window meanwhile. `importInWorker` runs `importFile` in a worker thread whose script
 * calls `serveImport()`: this very file, which the build bundles on its own as `dist/main/import-worker.cjs`
 * (tests run it through tsx). Electron main serves the contract's `importProject` with
 * `importProjectInWorker`.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { QalamApi } from '../../contract/api';
import type { Project } from '../../core/project/model';
import { HostError } from '../errors';
import { importFile, type ImportOptions } from './import';

interface Request {
  /** Marks a worker started by importInWorker (other workers, such as a test runner's, load this file too). */
  qalamImport: true;
  file: string;
  options: ImportOptions;
}

/**
 * The project travels as JSON text, in pieces: first the project without its rows, then the rows a few
 * thousand at a time, then `done`. The receiving thread only runs JSON.parse (about half the time that reading
 * a structured clone of the same rows takes), and each piece is its own message, so its event loop turns
 * between pieces instead of stopping once for the whole file.
 */
type Reply =
  | { kind: 'frame'; json: string }
  | { kind: 'rows'; json: string }
  | { kind: 'done' }
  | { kind: 'error'; message: string; file?: string; code: string; user: boolean };

/** Rows per message. */
const ROWS_PER_MESSAGE = 4000;

/** The worker side: reads the file named in workerData and posts the project (or the error) back. */
export function serveImport(): void {
  const request = workerData as Request | undefined;
  if (isMainThread || !parentPort || request?.qalamImport !== true) return;
  const port = parentPort;
  const { file, options } = request;
  importFile(file, options).then(
    (project) => {
      port.postMessage({ kind: 'frame', json: JSON.stringify({ ...project, rows: [] }) } satisfies Reply);
      for (let i = 0; i < project.rows.length; i += ROWS_PER_MESSAGE) {
        port.postMessage({ kind: 'rows', json: JSON.stringify(project.rows.slice(i, i + ROWS_PER_MESSAGE)) } satisfies Reply);
      }
      port.postMessage({ kind: 'done' } satisfies Reply);
    },
    (e: unknown) => {
      const user = e instanceof HostError;
      const reply: Reply = {
        kind: 'error',
        message: e instanceof Error ? e.message : String(e),
        code: user ? (e as HostError).code : 'internal',
        user,
      };
      if (user && (e as HostError).file !== undefined) reply.file = (e as HostError).file;
      port.postMessage(reply);
    },
  );
}

/**
 * Imports `file` in a worker thread running `script` (a module that calls `serveImport()`); user errors come
 * back as HostErrors, as from `importFile`.
 */
export function importInWorker(
  script: string | URL,
  file: string,
  options: ImportOptions = {},
  /** `eval: true` when `script` is source code rather than a file (tests load the TypeScript that way). */
  workerOptions: { eval?: boolean } = {},
): Promise<Project> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { ...workerOptions, workerData: { qalamImport: true, file, options } satisfies Request });
    let answered = false;
    let project: Project | undefined;
    const finish = (): void => {
      answered = true;
      worker.removeAllListeners('message');
      void worker.terminate();
    };
    worker.on('message', (r: Reply) => {
      if (r.kind === 'frame') project = JSON.parse(r.json) as Project;
      else if (r.kind === 'rows') for (const row of JSON.parse(r.json) as Project['rows']) project!.rows.push(row);
      else if (r.kind === 'done') {
        finish();
        resolve(project!);
      } else {
        finish();
        reject(r.user ? new HostError(r.message, r.file, r.code) : new Error(r.message));
      }
    });
    worker.once('error', (e) => {
      answered = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the import worker stopped without an answer (exit code ${code})`));
    });
  });
}

/** The file name the build gives this module's bundle, next to Electron main's bundle. */
export const IMPORT_WORKER_BUNDLE = 'import-worker.cjs';

/**
 * The contract's `importProject`, parsing in a worker thread that loads `workerFile` (the bundle of this module,
 * or a script that registers a loader and requires it). The file is loaded with `require`, so it may lie inside
 * an asar archive. User errors come back as HostErrors naming the file, line and column, as from `importFile`.
 */
export function importProjectInWorker(workerFile: string, options: ImportOptions = {}): QalamApi['importProject'] {
  const code = `require(${JSON.stringify(workerFile)});`;
  return async ({ path }) => ({ path: null, project: await importInWorker(code, path, options, { eval: true }) });
}

serveImport();
