/** Messages between the QA panel and its worker. */
import type { GlossaryEntry, Row } from '../../../app/core/project/model';
import type { QaIssue } from '../../../app/core/qa/types';

export interface QaRequest {
  id: number;
  rows: Row[];
  glossary: GlossaryEntry[];
}

export interface QaResponse {
  id: number;
  issues: QaIssue[];
  /** How long the pass took in the worker. */
  ms: number;
}
