/**
 * Glossary terms found in a row, for the XLIFF 2 glossary module. This is an exact-match finder (the term as
 * written occurs in the source); the Arabic-aware matcher (clitics, spelling variants) lives in app/core/glossary
 * and can be passed to the writer instead.
 */
import type { Project, Row } from '../project/model';
import type { TermMatch } from './xliff2-write';

/** A `termsFor` function for `writeXliff2` that finds each glossary term written exactly in the row's source. */
export function exactTermsFor(project: Project): (row: Row) => TermMatch[] {
  const entries = project.glossary.filter((e) => e.source.trim() !== '' && e.targets.length > 0);
  return (row) => {
    const text = row.source.join(' ');
    const found: TermMatch[] = [];
    for (const e of entries) if (text.includes(e.source)) found.push({ source: e.source, translation: e.targets[0]! });
    return found;
  };
}
