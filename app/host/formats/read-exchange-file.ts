/** Reads an exchange file (XLIFF, TMX, TBX) with a size limit checked before a byte is read. */
import { stat } from 'node:fs/promises';
import { HostError } from '../errors';
import { readTextFile } from '../read-text';

/** Default largest exchange file: 200 MB. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** The text of `file`, refusing files over `maxBytes` with a message that gives both sizes. */
export async function readExchangeFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    // readTextFile gives the right message for missing or unreadable files.
    return readTextFile(file);
  }
  if (size > maxBytes) {
    throw new HostError(`${file}: the file is too large to open (${mbs(size)} MB; the limit is ${mbs(maxBytes)} MB)`, file, 'too-large');
  }
  return readTextFile(file);
}

function mbs(n: number): string {
  return (n / (1024 * 1024)).toFixed(n < 1024 * 1024 ? 2 : 0);
}
