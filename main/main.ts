/** Electron main: lifecycle, the one window, the app protocol, menus and dialogs. Everything else is app/host. */
import { app, BrowserWindow, dialog, protocol, net, session } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { AppData } from '../app/host/app-data';
import { createHostApi } from '../app/host/services';
import { IMPORT_WORKER_BUNDLE, importProjectInWorker } from '../app/host/formats/import-worker';
import type { FilePurpose } from '../app/contract/api';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { secureWebPreferences, hardenSession, lockDownContents, APP_ORIGIN } from './security';
import { initialBounds, currentBounds } from './window-state';

protocol.registerSchemesAsPrivileged([{ scheme: 'qalam', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const rendererDir = join(__dirname, '..', 'renderer');
// QALAM_HOME moves the app-data folder (tests give each run its own).
const appData = new AppData(process.env.QALAM_HOME ?? join(app.getPath('userData'), 'data'));
let mainWindow: BrowserWindow | null = null;

const filters: Record<FilePurpose, Electron.FileFilter[]> = {
  'open-project': [{ name: 'Qalam project', extensions: ['qalam'] }],
  'save-project': [{ name: 'Qalam project', extensions: ['qalam'] }],
  'open-document': [{ name: 'Documents', extensions: ['txt', 'docx', 'html', 'htm'] }],
  import: [{ name: 'XLIFF or TMX', extensions: ['xlf', 'xliff', 'sdlxliff', 'mqxliff', 'tmx'] }],
  export: [],
  compare: [{ name: 'Qalam project or XLIFF', extensions: ['qalam', 'xlf', 'xliff', 'sdlxliff', 'mqxliff'] }],
};

async function pickFile(purpose: FilePurpose, defaultName?: string): Promise<string | null> {
  if (!mainWindow) return null;
  if (purpose === 'save-project' || purpose === 'export') {
    const r = await dialog.showSaveDialog(mainWindow, { defaultPath: defaultName, filters: filters[purpose] });
    return r.canceled || !r.filePath ? null : r.filePath;
  }
  const r = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters: filters[purpose] });
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

function menuText(language: string): (key: string) => string {
  try {
    const file = join(rendererDir, 'locales', language, 'menu.json');
    const table = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return (key) => table[key.replace(/^menu\./, '')] ?? key;
  } catch {
    return (key) => key;
  }
}

async function refreshMenu(): Promise<void> {
  const settings = await appData.getSettings();
  const { Menu } = await import('electron');
  Menu.setApplicationMenu(buildMenu(() => mainWindow, menuText(settings.language), await appData.listRecent()));
}

async function createWindow(): Promise<void> {
  const settings = await appData.getSettings();
  mainWindow = new BrowserWindow({
    ...initialBounds(settings.window),
    minWidth: 720,
    minHeight: 480,
    title: 'Qalam',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  if (settings.window?.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  const save = (): void => {
    if (mainWindow) void appData.setSettings({ window: currentBounds(mainWindow) });
  };
  mainWindow.on('resized', save);
  mainWindow.on('moved', save);
  mainWindow.on('close', save);
  mainWindow.on('closed', () => (mainWindow = null));
  // The renderer's beforeunload handler refuses to unload while there are unsaved changes; ask the user.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const lang = settings.language;
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'warning',
      buttons: lang === 'ar' ? ['إغلاق دون حفظ', 'إلغاء'] : ['Close without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: lang === 'ar' ? 'في المشروع تغييرات غير محفوظة.' : 'The project has unsaved changes.',
      detail: lang === 'ar' ? 'تبقى نسخة الحفظ التلقائي وتُعرض للاستعادة عند التشغيل التالي.' : 'The autosaved copy is kept and offered for restore on the next start.',
    });
    if (choice === 0) event.preventDefault();
  });
  await mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_e, contents) => lockDownContents(contents));

void app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  protocol.handle('qalam', (request) => {
    const url = new URL(request.url);
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(rendererDir + sep)) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).toString());
  });
  const api = createHostApi({ appData, pickFile });
  // A large XLIFF or TMX is parsed in a worker thread, so this process keeps answering the window meanwhile.
  api.importProject = importProjectInWorker(join(__dirname, IMPORT_WORKER_BUNDLE));
  const setSettings = api.setSettings;
  api.setSettings = async (args) => {
    const s = await setSettings(args);
    if (args.settings.language) await refreshMenu();
    return s;
  };
  registerIpc(api, () => mainWindow?.webContents ?? null);
  await refreshMenu();
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
