/**
 * Reads another version of a document to compare with the open one: a `.qalam` project or an XLIFF 1.2/2.x file
 * (ours or another tool's). Nothing is opened or remembered; errors name the file and the place.
 */
import { randomUUID } from 'node:crypto';
import type { Project } from '../core/project/model';
import { FormatError, readXliff } from '../core/formats/index';
import { HostError } from './errors';
import { parseProject } from './project-file';
import { DEFAULT_MAX_BYTES, readExchangeFile } from './formats/read-exchange-file';

export interface CompareReadOptions {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
}

/** The project in `file`: by its extension, or by its first character when the extension says nothing. */
export async function readProjectForCompare(file: string, options: CompareReadOptions = {}): Promise<Project> {
  if (/\.tmx$/i.test(file)) {
    throw new HostError(`${file}: a TMX file holds a translation memory, not a version of a document; compare with a .qalam project or an XLIFF file`, file, 'unsupported');
  }
  const text = await readExchangeFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (/\.qalam$/i.test(file) || text.trimStart().startsWith('{')) return parseProject(text, file);
  try {
    return readXliff(text, { file, now: new Date().toISOString(), id: randomUUID() });
  } catch (e) {
    if (e instanceof FormatError) throw new HostError(e.message, file, e.code);
    throw e;
  }
}
