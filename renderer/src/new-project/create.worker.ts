/// <reference lib="webworker" />
/** Segments and aligns a new project off the UI thread; the dialog can cancel it at any time by terminating us. */
import { createProject, type NewProjectInput } from '../../../app/core/project/create';

export type WorkerRequest = Omit<NewProjectInput, 'onStage'>;
export type WorkerReply = { type: 'stage'; stage: string } | { type: 'done'; project: ReturnType<typeof createProject> } | { type: 'error'; message: string };

const post = (m: WorkerReply): void => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  try {
    const project = createProject({ ...e.data, onStage: (stage) => post({ type: 'stage', stage }) });
    post({ type: 'done', project });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
