/**
 * Glossary terms found in a row, for the XLIFF 2 glossary module, using the Arabic-aware glossary index
 * (clitics, spelling variants), so a unit lists the terms a translator sees highlighted in the editor.
 */
import { GlossaryIndex } from '../glossary/index';
import type { Project, Row } from '../project/model';
import type { TermMatch } from './xliff2-write';

/** A `termsFor` function for `writeXliff2`: each glossary entry found in the row's source, once, in text order. */
export function glossaryTermsFor(project: Project): (row: Row) => TermMatch[] {
  const entries = project.glossary.filter((e) => e.source.trim() !== '' && e.targets.length > 0);
  if (entries.length === 0) return () => [];
  const index = new GlossaryIndex(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (row) => {
    const found: TermMatch[] = [];
    const seen = new Set<string>();
    for (const m of index.matchSource(row.source.join(' '))) {
      const e = byId.get(m.entryId);
      if (!e || seen.has(e.id)) continue;
      seen.add(e.id);
      found.push({ source: e.source, translations: e.targets });
    }
    return found;
  };
}
