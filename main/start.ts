/**
 * `npm start`: opens Qalam. With the Electron binary it starts the desktop app; without it (machines that cannot
 * download Electron) it serves the same renderer and host services on loopback and opens them in Chromium's app
 * mode, saying so plainly.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { electronBinary, chromiumBinary } from './electron-binary';
import { startWebHost } from '../app/host/web/server';

const root = join(__dirname, '..');

async function main(): Promise<void> {
  const electron = electronBinary();
  if (electron) {
    const child = spawn(electron, [root], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  const chromium = chromiumBinary();
  const dataDir = process.env.QALAM_HOME ?? join(homedir(), '.config', 'Qalam', 'data');
  const host = await startWebHost({ staticDir: join(root, 'dist', 'renderer'), dataDir, port: Number(process.env.QALAM_PORT ?? 0) });
  process.stdout.write(`Qalam: the Electron binary is not installed here, so Qalam runs in Chromium instead.\nQalam: serving ${host.url} (data in ${dataDir})\n`);
  if (!chromium) {
    process.stdout.write('Qalam: no Chromium found either; open the address above in a browser (apt-get install chromium).\n');
    return;
  }
  const profile = join(dataDir, '..', 'chromium-profile');
  const args = [`--app=${host.url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) args.push('--headless=new', '--remote-debugging-port=0');
  const child = spawn(chromium, args, { stdio: 'ignore' });
  child.on('exit', () => {
    void host.close().then(() => process.exit(0));
  });
}

void main();
