/** Where the Electron binary is, without triggering electron's download-on-first-use (which fails offline). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function electronBinary(): string | null {
  if (process.env.QALAM_NO_ELECTRON === '1') return null;
  try {
    const pkg = require.resolve('electron/package.json');
    const dir = dirname(pkg);
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Debian's Chromium or Google Chrome, for running the renderer without Electron. */
export function chromiumBinary(): string | null {
  const candidates = [process.env.QALAM_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}
