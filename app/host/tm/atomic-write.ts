/** Writing a file so that a crash or a full disk never leaves it half written. */
import { open, rename, unlink, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HostError } from '../errors';

/** The previous version of `file`, kept by `writeFileAtomic`. */
export const previousVersion = (file: string): string => `${file}.bak`;

/**
 * Writes `bytes` to `file` atomically: into a temporary file in the same folder, flushed to disk, then renamed
 * over `file`; the version it replaces is kept as `file.bak`. Readers see the old file or the new one, never
 * a mix, and a crash in between leaves at least one complete version.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(file);
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (await exists(file)) await rename(file, previousVersion(file));
    await rename(tmp, file);
    await syncDir(dir);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new HostError(`${file}: cannot be written (${code})`, file, code === 'ENOSPC' ? 'disk-full' : 'unwritable');
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

// The rename is only durable once the folder's entry is on disk; some platforms (Windows) cannot open a
// folder for syncing, where the rename is durable by itself.
async function syncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // not supported here
  } finally {
    await fh?.close();
  }
}
