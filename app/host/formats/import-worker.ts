/**
 * Import off the calling thread: a 100 MB XLIFF takes seconds to parse, and the Electron main process must
 * keep answering the window meanwhile. `importInWorker` runs `importFile` in a worker thread whose script
 * calls `serveImport()` (the bundler gives that script its own entry; tests run this file through tsx).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Project } from '../../core/project/model';
import { HostError } from '../errors';
import { importFile, type ImportOptions } from './import';

interface Request {
  /** Marks a worker started by importInWorker (other workers, such as a test runner's, load this file too). */
  qalamImport: true;
  file: string;
  options: ImportOptions;
}

type Reply = { ok: true; project: Project } | { ok: false; message: string; file?: string; code: string; user: boolean };

/** The worker side: reads the file named in workerData and posts the project (or the error) back. */
export function serveImport(): void {
  const request = workerData as Request | undefined;
  if (isMainThread || !parentPort || request?.qalamImport !== true) return;
  const port = parentPort;
  const { file, options } = request;
  importFile(file, options).then(
    (project) => port.postMessage({ ok: true, project } satisfies Reply),
    (e: unknown) => {
      const user = e instanceof HostError;
      const reply: Reply = {
        ok: false,
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
    worker.once('message', (r: Reply) => {
      answered = true;
      void worker.terminate();
      if (r.ok) resolve(r.project);
      else reject(r.user ? new HostError(r.message, r.file, r.code) : new Error(r.message));
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

serveImport();
