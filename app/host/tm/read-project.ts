/** Reads a `.qalam` project file far enough to fill a TM from it. */
import type { Project } from '../../core/project/model';
import { PROJECT_FORMAT } from '../../core/project/model';
import { HostError } from '../errors';
import { readTextFile } from '../read-text';

/**
 * The project in `file`, checked for what the TM needs (languages and rows with source, target and state);
 * anything else wrong is an error naming the file and the row.
 */
export async function readProjectForTm(file: string): Promise<Project> {
  const text = await readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new HostError(`${file}: not a Qalam project (invalid JSON: ${(e as Error).message})`, file, 'damaged');
  }
  const p = data as Partial<Project> | null;
  if (!p || typeof p !== 'object' || p.format !== PROJECT_FORMAT) throw new HostError(`${file}: not a Qalam project (no "format": "${PROJECT_FORMAT}")`, file, 'damaged');
  if (typeof p.sourceLang !== 'string' || typeof p.targetLang !== 'string') throw new HostError(`${file}: the project has no source or target language`, file, 'damaged');
  if (!Array.isArray(p.rows)) throw new HostError(`${file}: the project has no rows`, file, 'damaged');
  p.rows.forEach((r, i) => {
    const where = `${file}: row ${i + 1}${r && typeof r.id === 'string' ? ` (id ${r.id})` : ''}`;
    if (!r || typeof r !== 'object') throw new HostError(`${where}: not a row`, file, 'damaged');
    if (!Array.isArray(r.source) || !r.source.every((s) => typeof s === 'string')) throw new HostError(`${where}: "source" must be a list of sentences`, file, 'damaged');
    if (typeof r.target !== 'string') throw new HostError(`${where}: "target" must be text`, file, 'damaged');
    if (typeof r.state !== 'string') throw new HostError(`${where}: "state" is missing`, file, 'damaged');
  });
  return p as Project;
}
