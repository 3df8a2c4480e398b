/** Loads a glossary file for the CLI: TSV or CSV with a header row, or TBX (TBX-Basic / TBX v3 core). */
import { extname } from 'node:path';
import type { GlossaryEntry } from '../core/project/model';
import { FormatError, readTbx } from '../core/formats/index';
import { parseGlossaryTable, type TableProblem } from '../core/glossary/table';
import { readTextFile } from '../host/read-text';
import { HostError } from '../host/errors';

/**
 * Reads `file` (`.tsv`/`.tab`/`.txt` tab-separated, `.csv` comma-separated, `.tbx`). Table rows that cannot
 * be read are returned as problems with their line numbers and the rest is imported. A table with no usable
 * header or no entry at all, and a damaged TBX file, are HostErrors naming the file and the place.
 */
export async function loadGlossaryFile(file: string): Promise<{ entries: GlossaryEntry[]; problems: TableProblem[] }> {
  const ext = extname(file).toLowerCase();
  let delimiter: ',' | '\t';
  if (ext === '.csv') delimiter = ',';
  else if (ext === '.tsv' || ext === '.tab' || ext === '.txt') delimiter = '\t';
  else if (ext === '.tbx') return { entries: await loadTbx(file), problems: [] };
  else throw new HostError(`${file}: unknown glossary type "${ext || '(none)'}"; use .tsv, .csv or .tbx`, file, 'unsupported');
  const text = await readTextFile(file);
  const { entries, problems } = parseGlossaryTable(text, delimiter);
  if (entries.length === 0) {
    const first = problems[0];
    throw new HostError(`${file}:${first?.line ?? 1}: ${first?.message ?? 'no glossary entries'}`, file, 'damaged');
  }
  return { entries, problems };
}

async function loadTbx(file: string): Promise<GlossaryEntry[]> {
  const text = await readTextFile(file);
  let entries: GlossaryEntry[];
  try {
    entries = readTbx(text, { file });
  } catch (e) {
    if (e instanceof FormatError) throw new HostError(e.message, file, e.code);
    throw e;
  }
  if (entries.length === 0) throw new HostError(`${file}: no Arabic–English term entries`, file, 'empty');
  return entries;
}
