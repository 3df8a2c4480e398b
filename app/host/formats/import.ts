/** Import an exchange file (XLIFF 1.2/2.x, TMX) as a project. */
import { randomUUID } from 'node:crypto';
import type { Project } from '../../core/project/model';
import { FormatError, readTmx, readXliff, type XmlLimits } from '../../core/formats/index';
import { HostError } from '../errors';
import { DEFAULT_MAX_BYTES, readExchangeFile } from './read-exchange-file';

export interface ImportOptions {
  /** Largest file accepted, in bytes (default 200 MB). */
  maxBytes?: number;
  limits?: XmlLimits;
  /** Time stamp for projects made from other tools' files (default: now). */
  now?: string;
  /** Project id for projects made from other tools' files (default: a new UUID). */
  id?: string;
}

/** Reads `file` (by its extension, or by its root element when the extension says nothing) into a project. */
export async function importFile(file: string, options: ImportOptions = {}): Promise<Project> {
  const text = await readExchangeFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const read = {
    file,
    now: options.now ?? new Date().toISOString(),
    id: options.id ?? randomUUID(),
    ...(options.limits ? { limits: options.limits } : {}),
  };
  try {
    const isTmx = /\.tmx$/i.test(file) || (!/\.(xlf|xliff|sdlxliff|mqxliff)$/i.test(file) && /<tmx[\s>]/.test(text.slice(0, 4096)));
    return isTmx ? readTmx(text, read) : readXliff(text, read);
  } catch (e) {
    if (e instanceof FormatError) throw new HostError(e.message, file, e.code);
    throw e;
  }
}
