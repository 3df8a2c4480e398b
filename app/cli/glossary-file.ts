/** Loads a glossary file for the CLI: TSV or CSV with a header row (TBX once app/core/formats reads it). */
import { extname } from 'node:path';
import type { GlossaryEntry } from '../core/project/model';
import { parseGlossaryTable, type TableProblem } from '../core/glossary/table';
import { readTextFile } from '../host/read-text';
import { HostError } from '../host/errors';

/**
 * Reads `file` (`.tsv`/`.tab`/`.txt` tab-separated, `.csv` comma-separated). Rows that cannot be read are
 * returned as problems with their line numbers and the rest is imported. A file with no usable header or
 * no entry at all is a HostError naming the file and the line.
 */
export async function loadGlossaryFile(file: string): Promise<{ entries: GlossaryEntry[]; problems: TableProblem[] }> {
  const ext = extname(file).toLowerCase();
  let delimiter: ',' | '\t';
  if (ext === '.csv') delimiter = ',';
  else if (ext === '.tsv' || ext === '.tab' || ext === '.txt') delimiter = '\t';
  else if (ext === '.tbx') throw new HostError(`${file}: TBX glossaries are not supported yet; use TSV or CSV`, file, 'unsupported');
  else throw new HostError(`${file}: unknown glossary type "${ext || '(none)'}"; use .tsv or .csv`, file, 'unsupported');
  const text = await readTextFile(file);
  const { entries, problems } = parseGlossaryTable(text, delimiter);
  if (entries.length === 0) {
    const first = problems[0];
    throw new HostError(`${file}:${first?.line ?? 1}: ${first?.message ?? 'no glossary entries'}`, file, 'damaged');
  }
  return { entries, problems };
}
