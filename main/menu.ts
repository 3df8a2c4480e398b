/** The application menu. Items send a command name to the renderer, which owns what each command does. */
import { Menu, type MenuItemConstructorOptions, type BrowserWindow } from 'electron';

/** The labels come from the renderer's i18n resources, so the menu speaks the UI language. */
export type MenuLabels = Record<string, string>;

export function buildMenu(win: () => BrowserWindow | null, t: (key: string) => string, recent: { path: string; name: string }[]): Menu {
  const send = (command: string) => () => win()?.webContents.send('qalam:command', command);
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.newProject'), accelerator: 'CmdOrCtrl+N', click: send('new-project') },
      { label: t('menu.openProject'), accelerator: 'CmdOrCtrl+O', click: send('open-project') },
      { label: t('menu.openSample'), click: send('open-sample') },
      {
        label: t('menu.recent'),
        submenu: recent.length
          ? recent.map((r) => ({ label: `${r.name} — ${r.path}`, click: send(`open-recent:${r.path}`) }))
          : [{ label: t('menu.noRecent'), enabled: false }],
      },
      { label: t('menu.compare'), click: send('compare') },
      { type: 'separator' },
      { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: send('save') },
      { label: t('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit') },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { label: t('menu.redo'), accelerator: 'CmdOrCtrl+Y', click: send('redo') },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { label: t('menu.languageEnglish'), click: send('language:en') },
      { label: t('menu.languageArabic'), click: send('language:ar') },
      { type: 'separator' },
      { label: t('menu.reviewMode'), accelerator: 'CmdOrCtrl+Alt+V', click: send('toggle-review') },
      { label: t('menu.preferences'), accelerator: 'CmdOrCtrl+,', click: send('preferences') },
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { role: 'togglefullscreen', label: t('menu.fullscreen') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    submenu: [
      { label: t('menu.openSample'), click: send('open-sample') },
      { label: t('menu.shortcuts'), accelerator: 'F1', click: send('shortcuts') },
      { label: t('menu.about'), click: send('about') },
    ],
  };
  return Menu.buildFromTemplate([file, edit, view, help]);
}
