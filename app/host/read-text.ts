/** Reads a text file the way a translator expects: strict UTF-8, BOM removed, clear errors. */
import { readFile } from 'node:fs/promises';
import { HostError } from './errors';

/**
 * Decodes bytes as UTF-8. A BOM is removed. Invalid UTF-8 is an error naming the line and column (in
 * characters, 1-based) of the first bad byte, and its byte offset.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const bad = firstInvalidUtf8(body);
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const lines = before.split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    throw new HostError(
      `${file}: not UTF-8 text (invalid byte 0x${(body[bad] ?? 0).toString(16).padStart(2, '0')} at line ${line}, column ${column}, byte ${bad + start})`,
      file,
      'not-utf8',
    );
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

/** Reads a UTF-8 text file; missing, unreadable, not-UTF-8 and empty files are HostErrors naming the file. */
export async function readTextFile(file: string, options: { allowEmpty?: boolean } = {}): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HostError(`${file}: no such file`, file, 'not-found');
    if (code === 'EISDIR') throw new HostError(`${file}: is a folder, not a file`, file, 'unreadable');
    if (code === 'EACCES' || code === 'EPERM') throw new HostError(`${file}: permission denied`, file, 'unreadable');
    throw new HostError(`${file}: cannot be read (${code ?? String(e)})`, file, 'unreadable');
  }
  const text = decodeUtf8(bytes, file);
  if (!options.allowEmpty && text.trim() === '') throw new HostError(`${file}: the file is empty`, file, 'empty');
  return text;
}
