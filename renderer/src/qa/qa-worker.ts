/**
 * QA off the UI thread: a full pass over ten thousand rows takes seconds, far too long to block typing.
 * The worker gets the rows and the glossary, and answers every issue (ignores are applied by the panel,
 * so "show ignored" needs no second pass).
 */
import { runQa } from '../../../app/core/qa/run';
import type { QaRequest, QaResponse } from './qa-protocol';

addEventListener('message', (e: MessageEvent<QaRequest>) => {
  const started = performance.now();
  const issues = runQa(e.data.rows, e.data.glossary);
  const answer: QaResponse = { id: e.data.id, issues, ms: performance.now() - started };
  postMessage(answer);
});
