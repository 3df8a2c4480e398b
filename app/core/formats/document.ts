/** The English document rebuilt from the rows: paragraphs as in the source. */
import type { Project } from '../project/model';
import { paragraphRuns } from './paragraphs';
import { plainText } from './table';

/** The translation's paragraphs, in order; rows of one source paragraph joined by a space. */
export function targetParagraphs(project: Project): string[] {
  return paragraphRuns(project.rows)
    .map((run) => run.rows.map((r) => plainText(r.target, r, false).trim()).filter((t) => t !== '').join(' '))
    .filter((p) => p !== '');
}

/** The English document as plain text: paragraphs separated by a blank line. */
export function writeText(project: Project): string {
  const ps = targetParagraphs(project);
  return ps.length === 0 ? '' : ps.join('\n\n') + '\n';
}
