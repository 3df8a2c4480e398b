/** Atomic file writes: a reader never sees half a file, and the previous version survives as `<file>.bak`. */
import { open, rename, copyFile, unlink, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes `data` to `file` atomically: a temp file in the same folder, fsync, then rename over the target.
 * With `keepBackup`, the file that was there is first copied to `<file>.bak`.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: { keepBackup?: boolean } = {}): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  if (options.keepBackup) {
    try {
      await copyFile(file, `${file}.bak`);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        await unlink(tmp).catch(() => undefined);
        throw e;
      }
    }
  }
  await rename(tmp, file);
  // Make the rename itself durable where the platform allows syncing a folder.
  try {
    const d = await open(dir, 'r');
    await d.sync().catch(() => undefined);
    await d.close();
  } catch {
    /* Windows cannot open folders; the rename is still atomic there. */
  }
}
