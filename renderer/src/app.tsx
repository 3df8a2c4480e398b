/** The application shell: header with project name and actions, the grid, the status bar, errors. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../app/core/project/model';
import type { Settings, UiLanguage } from '../../app/contract/api';
import { api, bridge } from './bridge';
import { Grid } from './grid';
import { StatusBar } from './status-bar';
import { ErrorBanner, toShownError, type ShownError } from './error-banner';

interface Opened {
  path: string | null;
  project: Project;
}

export function App({ initialSettings }: { initialSettings: Settings }) {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<ShownError | null>(null);

  const guard = useCallback(async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setError(toShownError(e));
    }
  }, []);

  const show = useCallback((o: Opened) => {
    setOpened(o);
    setDirty(false);
    setSavedAt(null);
    setActive(0);
    setError(null);
    document.title = `${o.project.name} — ${i18n.t('appName')}`;
  }, [i18n]);

  const openSample = useCallback(() => guard(async () => show(await api.openSample())), [guard, show]);
  const openPath = useCallback((path: string) => guard(async () => show(await api.openProject({ path }))), [guard, show]);
  const openDialog = useCallback(
    () =>
      guard(async () => {
        const path = await api.pickFile({ purpose: 'open-project' });
        if (path) show(await api.openProject({ path }));
      }),
    [guard, show],
  );
  const saveAs = useCallback(
    () =>
      guard(async () => {
        if (!opened) return;
        const path = await api.pickFile({ purpose: 'save-project', defaultName: `${opened.project.name}.qalam` });
        if (!path) return;
        const r = await api.saveProject({ path, project: opened.project });
        setOpened({ ...opened, path: r.path });
        setDirty(false);
        setSavedAt(r.savedAt);
      }),
    [guard, opened],
  );
  const save = useCallback(
    () =>
      guard(async () => {
        if (!opened) return;
        if (!opened.path) return saveAs();
        const r = await api.saveProject({ path: opened.path, project: opened.project });
        setDirty(false);
        setSavedAt(r.savedAt);
      }),
    [guard, opened, saveAs],
  );
  const changeLanguage = useCallback(
    (language: UiLanguage) =>
      guard(async () => {
        await i18n.changeLanguage(language);
        setSettings(await api.setSettings({ settings: { language } }));
      }),
    [guard, i18n],
  );

  useEffect(() => {
    void openSample();
  }, [openSample]);

  const command = useCallback(
    (c: string) => {
      if (c === 'open-sample') void openSample();
      else if (c === 'open-project') void openDialog();
      else if (c === 'save') void save();
      else if (c === 'save-as') void saveAs();
      else if (c.startsWith('language:')) void changeLanguage(c.slice(9) as UiLanguage);
      else if (c.startsWith('open-recent:')) void openPath(c.slice(12));
    },
    [openSample, openDialog, save, saveAs, changeLanguage, openPath],
  );
  useEffect(() => bridge.onCommand(command), [command]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 's') {
        e.preventDefault();
        command(e.shiftKey ? 'save-as' : 'save');
      } else if (k === 'o') {
        e.preventDefault();
        command('open-project');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [command]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">ق</span>
          <span className="app-name">{t('appName')}</span>
        </div>
        <h1 className="project-name" data-testid="project-name">
          {opened ? <bdi>{opened.project.name}</bdi> : t('loading')}
          {opened && !opened.path ? <span className="tag">{t('sample')}</span> : null}
          {dirty ? <span className="dirty" aria-label={t('status.unsaved')}>●</span> : null}
        </h1>
        <nav className="actions" aria-label={t('tagline')}>
          <button type="button" onClick={() => void openDialog()}>{t('actions.open')}</button>
          <button type="button" onClick={() => void openSample()}>{t('actions.openSample')}</button>
          <button type="button" onClick={() => void save()} disabled={!opened}>{t('actions.save')}</button>
          <button type="button" onClick={() => void saveAs()} disabled={!opened}>{t('actions.saveAs')}</button>
          <label className="language">
            <span>{t('language')}</span>
            <select value={settings.language} onChange={(e) => void changeLanguage(e.target.value as UiLanguage)} data-testid="language-select">
              <option value="en" lang="en">{t('languageName.en')}</option>
              <option value="ar" lang="ar">{t('languageName.ar')}</option>
            </select>
          </label>
        </nav>
      </header>
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      <main className="workspace">
        {opened ? <Grid rows={opened.project.rows} activeIndex={active} lowScore={settings.lowScoreThreshold} onActivate={setActive} /> : null}
      </main>
      {opened ? <StatusBar project={opened.project} dirty={dirty} savedAt={savedAt} transport={bridge.transport} /> : null}
    </div>
  );
}
