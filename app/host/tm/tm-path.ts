/** Where translation memories live: the user's TM in the app-data folder, a project's TM beside the project. */
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The app-data folder: `$QALAM_HOME` when set, else the platform's per-user application data folder
 * (Linux: `$XDG_CONFIG_HOME/Qalam` or `~/.config/Qalam`; macOS: `~/Library/Application Support/Qalam`;
 * Windows: `%APPDATA%\Qalam`) — the folder Electron's `app.getPath('userData')` gives for an app named Qalam.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.QALAM_HOME) return env.QALAM_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Qalam');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Qalam');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Qalam');
}

/** The user's own TM file (shared by all their projects). */
export function defaultTmPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  return join(appDataDir(env, platform, home), 'tm.sqlite');
}

/** A project's TM file: beside the project file, so it travels with the project folder (`report.qalam` → `report.tm.sqlite`). */
export function projectTmPath(projectFile: string): string {
  return projectFile.replace(/\.qalam$/iu, '') + '.tm.sqlite';
}
