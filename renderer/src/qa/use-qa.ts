/**
 * Runs QA in a Web Worker, a moment after the translator stops changing things (and at once on "Run").
 * One pass at a time: changes made during a pass start one more pass when it ends, with the latest rows.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GlossaryEntry, Row } from '../../../app/core/project/model';
import type { QaIssue } from '../../../app/core/qa/types';
import QaWorker from './qa-worker?worker';
import type { QaRequest, QaResponse } from './qa-protocol';

/** Quiet time before an automatic pass. */
export const QA_DEBOUNCE_MS = 700;

export interface QaState {
  /** Every issue of the last finished pass (ignored ones included). */
  issues: QaIssue[] | null;
  running: boolean;
  /** Duration of the last pass in the worker. */
  ms: number | null;
  /** The rows the last pass looked at (to tell whether the results are current). */
  rows: Row[] | null;
  /** Why the last pass failed, if it did. */
  failed?: string;
}

export function useQa(rows: Row[], glossary: GlossaryEntry[], auto: boolean): QaState & { run: () => void } {
  const [state, setState] = useState<QaState>({ issues: null, running: false, ms: null, rows: null });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const pending = useRef<QaRequest | null>(null);
  const sent = useRef<Row[] | null>(null);
  const seq = useRef(0);
  const latest = useRef({ rows, glossary });
  latest.current = { rows, glossary };

  const send = useCallback((req: QaRequest): void => {
    if (busy.current) {
      pending.current = req;
      return;
    }
    if (!worker.current) {
      const w = new QaWorker();
      w.addEventListener('message', (e: MessageEvent<QaResponse>) => {
        busy.current = false;
        const done = sent.current;
        const next = pending.current;
        pending.current = null;
        setState({ issues: e.data.issues, ms: e.data.ms, running: next !== null, rows: done });
        if (next) send(next);
      });
      // A pass that dies (out of memory, a bug) must not leave the panel "checking" forever: drop this worker,
      // the next request starts a fresh one.
      w.addEventListener('error', (e) => {
        e.preventDefault();
        w.terminate();
        worker.current = null;
        busy.current = false;
        pending.current = null;
        setState((s) => ({ ...s, running: false, failed: e.message || 'QA worker failed' }));
      });
      worker.current = w;
    }
    busy.current = true;
    sent.current = req.rows;
    setState((s) => ({ ...s, running: true }));
    worker.current.postMessage(req);
  }, []);

  const run = useCallback(() => {
    send({ id: ++seq.current, rows: latest.current.rows, glossary: latest.current.glossary });
  }, [send]);

  useEffect(() => {
    if (!auto) return;
    const timer = setTimeout(run, QA_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [auto, rows, glossary, run]);

  useEffect(() => () => worker.current?.terminate(), []);

  return { ...state, run };
}
