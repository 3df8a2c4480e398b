/** The workbench: header and toolbar, filters, find, the grid with its alignment map, the status bar, dialogs. */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../app/core/project/model';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat, type Recovery, type Settings, type UiLanguage } from '../../app/contract/api';
import { byScore, filterRows, type TextMatch } from '../../app/core/project/find';
import { editTarget, editTargets } from '../../app/core/project/ops';
import { api, bridge } from './bridge';
import { Grid } from './grid';
import { StatusBar } from './status-bar';
import { ErrorBanner, toShownError, type ShownError } from './error-banner';
import { isDirty, useEditor } from './store';
import { createTargetEditor, type TargetEditor } from './target-editor';
import { useWorkbench } from './use-workbench';
import { commandFor, type CommandName } from './keys';
import { FilterBar, NO_FILTER, type ViewFilter } from './filter-bar';
import { FindBar, INITIAL_FIND, type FindState } from './find-bar';
import { AlignmentMap } from './alignment-map';
import { AboutDialog, RecoveryDialog, ShortcutsDialog } from './dialogs';
import { PreferencesDialog } from './preferences-dialog';
import { trackSourceCaret } from './source-caret';
import type { Mark } from './source-text';
import { useAutosave } from './use-autosave';
import { NewProjectDialog } from './new-project/new-project-dialog';
import { SidePanel, showPanelTab } from './glossary/side-panel';
import { ReviewBar } from './review/review-bar';
import type { ReviewDecisions } from './review/review-changes';
import { nextChanged, openChanges, reviewSummary } from './review/review-state';
import { decideChangeIn, decideDocument, decideRowIn } from '../../app/core/review/review-ops';
import { useGlossaryIndex, useTermMarks } from './glossary/term-marks';
import { insertNextTerm } from './glossary/insert-term';
import { useCompare } from './compare/use-compare';
import { CONCORDANCE_EVENT } from './tm/concordance';

export function App({ initialSettings, recovery: initialRecovery }: { initialSettings: Settings; recovery: Recovery | null }) {
  const { t, i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [state, dispatch, getState] = useEditor();
  const [error, setError] = useState<ShownError | null>(null);
  const [editor, setEditor] = useState<TargetEditor | null>(null);
  const [filter, setFilter] = useState<ViewFilter>(NO_FILTER);
  const [find, setFind] = useState<{ open: boolean; replace: boolean; state: FindState }>({ open: false, replace: false, state: INITIAL_FIND });
  const [hits, setHits] = useState<TextMatch[]>([]);
  const [dialog, setDialog] = useState<'shortcuts' | 'new-project' | 'about' | 'preferences' | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(initialRecovery);
  const [review, setReview] = useState<{ on: boolean; changedOnly: boolean }>({ on: false, changedOnly: false });
  const gridRef = useRef<HTMLDivElement>(null);
  const project = state.project;
  const dirty = isDirty(state);

  const guard = useCallback(async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setError(toShownError(e));
    }
  }, []);

  const show = useCallback(
    (path: string | null, p: Project, restored = false) => {
      dispatch({ type: 'open', path, project: p, dirty: restored });
      setError(null);
      setFilter(NO_FILTER);
      document.title = `${p.name} — ${i18n.t('appName')}`;
    },
    [dispatch, i18n],
  );

  const rows = useMemo(() => project?.rows ?? [], [project]);
  // Counts and the alignment map follow the text at low priority, so a keystroke paints first.
  const deferredProject = useDeferredValue(project);
  const deferredRows = useDeferredValue(rows);
  const glossaryIndex = useGlossaryIndex(project?.glossary);
  const unfiltered = filter.states.length === 0 && !filter.lowOnly && !filter.commented && !filter.text.trim() && !filter.sortByScore;
  // Without a filter the order depends only on the number of rows, so typing never rebuilds it.
  const allRows = useMemo(() => Array.from({ length: rows.length }, (_, i) => i), [rows.length]);
  const filtered = useMemo(() => {
    if (unfiltered) return null;
    const idx = filterRows(rows, { states: filter.states, ...(filter.lowOnly ? { scoreBelow: settings.lowScoreThreshold } : {}), commented: filter.commented, text: filter.text });
    return filter.sortByScore ? byScore(rows, idx) : idx;
  }, [rows, filter, settings.lowScoreThreshold, unfiltered]);
  const viewOrder = filtered ?? allRows;
  // Review mode can narrow the view to the rows with open changes (cached per row, so typing stays cheap).
  const order = useMemo(
    () => (review.on && review.changedOnly ? viewOrder.filter((i) => rows[i] && openChanges(rows[i]!) > 0) : viewOrder),
    [viewOrder, rows, review.on, review.changedOnly],
  );
  const summary = useMemo(() => (review.on ? reviewSummary(deferredRows) : null), [review.on, deferredRows]);

  const focusGrid = useCallback(() => gridRef.current?.querySelector<HTMLElement>('.grid-body')?.focus(), []);
  const wb = useWorkbench({ state, getState, dispatch, editor, order, userName: settings.userName, reviewMode: review.on, focusGrid });
  const wbRef = useRef(wb);
  const compare = useCompare({ current: project, onError: (e) => setError(toShownError(e)), onClosed: focusGrid });
  wbRef.current = wb;

  // A new filter or sort starts the review at its first row (the least confident pair, when sorted by score).
  const orderRef = useRef(order);
  orderRef.current = order;
  useEffect(() => {
    const first = orderRef.current[0];
    if (first !== undefined) wbRef.current.go(first, false);
  }, [filter]);

  useEffect(() => {
    const ed = createTargetEditor({ onChange: (text) => wbRef.current.onEditorChange(text), onCommand: (c) => commandRef.current(c) });
    setEditor(ed);
    const stop = trackSourceCaret();
    return () => {
      stop();
      ed.dispose();
    };
  }, []);

  const openSample = useCallback(() => guard(async () => {
    const o = await api.openSample();
    show(o.path, o.project);
  }), [guard, show]);
  const openPath = useCallback((path: string) => guard(async () => {
    const o = await api.openProject({ path });
    show(o.path, o.project);
  }), [guard, show]);
  const openDialog = useCallback(() => guard(async () => {
    const path = await api.pickFile({ purpose: 'open-project' });
    if (path) {
      const o = await api.openProject({ path });
      show(o.path, o.project);
    }
  }), [guard, show]);

  // The latest state (see useEditor): saves and the unload check never see an older copy.
  const stateRef = useMemo(() => ({ get current() { return getState(); } }), [getState]);
  const saveTo = useCallback(async (path: string) => {
    const s = stateRef.current;
    if (!s.project) return;
    const r = await api.saveProject({ path, project: s.project });
    dispatch({ type: 'saved', path: r.path, savedAt: r.savedAt, revision: s.history.revision });
    await api.discardRecovery();
  }, [dispatch]);
  const saveAs = useCallback(() => guard(async () => {
    const s = stateRef.current;
    if (!s.project) return;
    const path = await api.pickFile({ purpose: 'save-project', defaultName: `${s.project.name}.qalam` });
    if (path) await saveTo(path);
  }), [guard, saveTo]);
  const save = useCallback(() => guard(async () => {
    const s = stateRef.current;
    if (!s.project) return;
    if (!s.path) return saveAs();
    await saveTo(s.path);
  }), [guard, saveAs, saveTo]);

  const [exportFormat, setExportFormat] = useState<ExportFormat>('xliff21');
  const [notice, setNotice] = useState<string | null>(null);
  const importDialog = useCallback(() => guard(async () => {
    const path = await api.pickFile({ purpose: 'import' });
    if (!path) return;
    const o = await api.importProject({ path });
    show(null, o.project, true);
  }), [guard, show]);
  const exportDialog = useCallback(() => guard(async () => {
    const s = stateRef.current;
    if (!s.project) return;
    const path = await api.pickFile({ purpose: 'export', defaultName: `${s.project.name}.${EXPORT_EXTENSIONS[exportFormat]}` });
    if (!path) return;
    await api.exportProject({ path, project: s.project, format: exportFormat });
    setNotice(i18n.t('exportDone', { path }));
  }), [guard, exportFormat, i18n]);

  const setUserName = useCallback((userName: string) => guard(async () => {
    setSettings(await api.setSettings({ settings: { userName } }));
  }), [guard]);

  // Review decisions work on the latest rows (a click right after typing sees the typed text).
  const decisions = useMemo<ReviewDecisions>(() => ({
    onChange: (index, id, decision) => guard(async () => {
      dispatch({ type: 'seal' });
      dispatch({ type: 'apply', change: decideChangeIn(getState().project?.rows ?? [], index, id, decision) });
    }),
    onRow: (index, decision) => guard(async () => {
      dispatch({ type: 'seal' });
      dispatch({ type: 'apply', change: decideRowIn(getState().project?.rows ?? [], index, decision) });
    }),
  }), [guard, dispatch, getState]);
  const decideAll = useCallback((decision: 'accept' | 'reject') => guard(async () => {
    dispatch({ type: 'seal' });
    dispatch({ type: 'apply', change: decideDocument(getState().project?.rows ?? [], decision) });
  }), [guard, dispatch, getState]);

  // Spelling: the glossary's English words and the user's own words count as known.
  const acceptedWords = useMemo(() => {
    const words = new Set<string>();
    for (const e of project?.glossary ?? []) for (const tr of [...e.targets, ...e.forbidden]) for (const w of tr.toLowerCase().split(/[^\p{L}'’]+/u)) if (w) words.add(w);
    for (const w of settings.dictionary) words.add(w.toLowerCase());
    return words;
  }, [project?.glossary, settings.dictionary]);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  useEffect(() => {
    editor?.setSpelling({
      language: settings.spelling,
      accepted: acceptedWords,
      onAddWord: (word) => void guard(async () => {
        const dictionary = settingsRef.current.dictionary;
        if (!dictionary.includes(word)) setSettings(await api.setSettings({ settings: { dictionary: [...dictionary, word] } }));
      }),
    });
  }, [editor, settings.spelling, acceptedWords, guard]);
  const setSpelling = useCallback((spelling: Settings['spelling']) => guard(async () => {
    setSettings(await api.setSettings({ settings: { spelling } }));
  }), [guard]);

  const changeLanguage = useCallback((language: UiLanguage) => guard(async () => {
    await i18n.changeLanguage(language);
    setSettings(await api.setSettings({ settings: { language } }));
  }), [guard, i18n]);

  // Open the sample once, on first start (never again when a callback's identity changes, e.g. on a language switch).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (!initialRecovery) void openSample();
  }, [initialRecovery, openSample]);

  useAutosave(state, dispatch, settings.autosaveSeconds, (e) => setError(toShownError(e)));

  const command = useCallback(
    (c: CommandName | string): void => {
      if (wb.run(c as CommandName)) return;
      switch (c) {
        case 'open-sample': void openSample(); break;
        case 'open-project': void openDialog(); break;
        case 'save': void save(); break;
        case 'save-as': void saveAs(); break;
        case 'shortcuts': setDialog('shortcuts'); break;
        case 'about': setDialog('about'); break;
        case 'preferences': setDialog('preferences'); break;
        case 'new-project': setDialog('new-project'); break;
        case 'compare': compare.start(); break;
        case 'insert-match': window.dispatchEvent(new Event('qalam:insert-match')); break;
        case 'concordance': window.dispatchEvent(new Event(CONCORDANCE_EVENT)); break;
        case 'find': setFind((f) => ({ ...f, open: true, replace: false })); break;
        case 'replace': setFind((f) => ({ ...f, open: true, replace: true, state: { ...f.state, side: 'target' } })); break;
        case 'insert-term': insertNextTerm(glossaryIndex, stateRef.current.project?.rows[stateRef.current.active], editor); break;
        case 'toggle-review': setReview((r) => ({ ...r, on: !r.on })); break;
        case 'toggle-low-score': setFilter((f) => ({ ...f, lowOnly: !f.lowOnly, sortByScore: !f.lowOnly })); break;
        default:
          if (c.startsWith('language:')) void changeLanguage(c.slice(9) as UiLanguage);
          else if (c.startsWith('open-recent:')) void openPath(c.slice(12));
      }
    },
    [wb, openSample, openDialog, save, saveAs, changeLanguage, openPath, glossaryIndex, editor, compare.start],
  );
  const commandRef = useRef(command);
  commandRef.current = command;
  useEffect(() => bridge.onCommand((c) => commandRef.current(c)), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (editor?.hasFocus()) return; // Monaco runs the same commands itself.
      const target = e.target as HTMLElement | null;
      const inField = !!target?.closest('input, select, textarea, dialog');
      const c = commandFor(e);
      if (!c || (inField && !['save', 'save-as', 'find', 'replace', 'shortcuts'].includes(c))) return;
      e.preventDefault();
      commandRef.current(c);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (isDirty(stateRef.current)) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const goToMatch = useCallback((m: TextMatch) => {
    wb.go(m.row, find.state.side === 'target');
    if (find.state.side === 'target' && editor) {
      requestAnimationFrame(() => {
        const model = editor.editor.getModel();
        if (!model) return;
        const a = model.getPositionAt(m.start);
        const b = model.getPositionAt(m.end);
        editor.editor.setSelection({ startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column });
      });
    }
  }, [wb, find.state.side, editor]);

  const marks = useMemo(() => {
    if (!find.open || find.state.side !== 'source') return undefined;
    const byRow = new Map<number, Mark[]>();
    for (const h of hits) {
      const list = byRow.get(h.row) ?? [];
      list.push({ sentence: h.sentence, start: h.start, end: h.end, kind: 'hit' });
      byRow.set(h.row, list);
    }
    return (i: number) => byRow.get(i);
  }, [hits, find.open, find.state.side]);
  const sourceMarks = useTermMarks(glossaryIndex, rows, marks);

  // Stable, so typing does not re-render every visible row through a new callback.
  const showComments = useCallback(() => showPanelTab('comments'), []);
  const canUndo = state.history.past.length > 0;
  const canRedo = state.history.future.length > 0;

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">ق</span>
          <span className="app-name">{t('appName')}</span>
        </div>
        <h1 className="project-name" data-testid="project-name">
          {project ? <bdi>{project.name}</bdi> : t('loading')}
          {project?.id.startsWith('sample-') && !state.path ? <span className="tag">{t('sample')}</span> : null}
          {dirty ? <span className="dirty" role="img" aria-label={t('status.unsaved')}>●</span> : null}
        </h1>
        <nav className="actions" aria-label={t('toolbar.file')}>
          <button type="button" onClick={() => setDialog('new-project')}>{t('actions.newProject')}</button>
          <button type="button" onClick={() => void openDialog()}>{t('actions.open')}</button>
          <button type="button" onClick={() => void openSample()}>{t('actions.openSample')}</button>
          <button type="button" onClick={() => void save()} disabled={!project}>{t('actions.save')}</button>
          <button type="button" onClick={() => void saveAs()} disabled={!project}>{t('actions.saveAs')}</button>
          <button type="button" onClick={() => void importDialog()}>{t('actions.import')}</button>
          <button type="button" onClick={compare.start} disabled={!project}>{t('compare:open')}</button>
          <span className="export">
            <select value={exportFormat} aria-label={t('exportFormat')} onChange={(e) => setExportFormat(e.target.value as ExportFormat)} data-testid="export-format">
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>{t(`formats.${f}`)}</option>
              ))}
            </select>
            <button type="button" onClick={() => void exportDialog()} disabled={!project}>{t('actions.export')}</button>
          </span>
          <button type="button" onClick={() => setDialog('preferences')}>{t('actions.preferences')}</button>
          <label className="language">
            <span>{t('language')}</span>
            <select value={settings.language} onChange={(e) => void changeLanguage(e.target.value as UiLanguage)} data-testid="language-select">
              <option value="en" lang="en">{t('languageName.en')}</option>
              <option value="ar" lang="ar">{t('languageName.ar')}</option>
            </select>
          </label>
        </nav>
      </header>
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.edit')}>
        <button type="button" onClick={() => command('undo')} disabled={!canUndo} title={t('commands.undo')}>{t('commands.undo')}</button>
        <button type="button" onClick={() => command('redo')} disabled={!canRedo} title={t('commands.redo')}>{t('commands.redo')}</button>
        <span className="sep" />
        <button type="button" onClick={() => command('confirm-next')} disabled={!project}>{t('commands.confirm-next')}</button>
        <span className="sep" />
        <button type="button" onClick={() => command('merge')} disabled={!project}>{t('commands.merge')}</button>
        <button type="button" onClick={() => command('split')} disabled={!project}>{t('commands.split')}</button>
        <button type="button" onClick={() => command('move-source-up')} disabled={!project}>{t('commands.move-source-up')}</button>
        <button type="button" onClick={() => command('move-source-down')} disabled={!project}>{t('commands.move-source-down')}</button>
        <button type="button" onClick={() => command('insert-row')} disabled={!project}>{t('commands.insert-row')}</button>
        <button type="button" onClick={() => command('delete-row')} disabled={!project}>{t('commands.delete-row')}</button>
        <button type="button" onClick={() => command('realign')} disabled={!project}>{t('commands.realign')}</button>
        <span className="sep" />
        <button type="button" aria-pressed={review.on} onClick={() => command('toggle-review')} disabled={!project} data-testid="review-toggle">{t('review:toggle')}</button>
        <span className="sep" />
        <button type="button" onClick={() => command('find')}>{t('commands.find')}</button>
        <button type="button" onClick={() => command('replace')}>{t('commands.replace')}</button>
        <button type="button" onClick={() => command('shortcuts')}>{t('commands.shortcuts')}</button>
      </div>
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      {notice ? (
        <div className="notice" role="status" data-testid="notice">
          <bdi>{notice}</bdi>
          <button type="button" onClick={() => setNotice(null)}>{t('errors.dismiss')}</button>
        </div>
      ) : null}
      {project ? <FilterBar filter={filter} onChange={setFilter} shown={order.length} total={rows.length} /> : null}
      {review.on && project && summary ? (
        <ReviewBar
          summary={summary}
          changedOnly={review.changedOnly}
          userName={settings.userName}
          onChangedOnly={(changedOnly) => setReview((r) => ({ ...r, changedOnly }))}
          onStep={(step) => {
            const n = nextChanged(rows, order, state.active, step);
            if (n !== null) wb.go(n, false);
          }}
          onAll={(d) => void decideAll(d)}
          onUserName={(n) => void setUserName(n)}
          onClose={() => setReview((r) => ({ ...r, on: false }))}
        />
      ) : null}
      {find.open && project ? (
        <FindBar
          rows={rows}
          state={find.state}
          replace={find.replace}
          onState={(s) => setFind((f) => ({ ...f, state: s }))}
          onGo={goToMatch}
          onMatches={setHits}
          onClose={() => {
            setFind((f) => ({ ...f, open: false }));
            focusGrid();
          }}
          onReplaceOne={(m, replacement) => {
            const row = rows[m.row]!;
            dispatch({ type: 'seal' });
            dispatch({ type: 'apply', change: editTarget(rows, m.row, row.target.slice(0, m.start) + replacement + row.target.slice(m.end)) });
            dispatch({ type: 'seal' });
          }}
          onReplaceAll={(edits) => dispatch({ type: 'apply', change: editTargets(rows, edits) })}
        />
      ) : null}
      <main className="workspace" ref={gridRef}>
        {project ? (
          <>
            <Grid
              rows={rows}
              order={order}
              active={state.active}
              lowScore={settings.lowScoreThreshold}
              editor={editor}
              marks={sourceMarks}
              onActivate={wb.go}
              review={review.on ? decisions : null}
              onComments={showComments}
            />
            <AlignmentMap rows={deferredRows} active={state.active} lowScore={settings.lowScoreThreshold} onJump={(i) => wb.go(i, false)} />
            <SidePanel project={project} active={state.active} index={glossaryIndex} editor={editor} dispatch={dispatch} onGo={wb.go} userName={settings.userName} />
          </>
        ) : null}
      </main>
      {deferredProject ? (
        <StatusBar project={deferredProject} dirty={dirty} savedAt={state.savedAt} transport={bridge.transport} spelling={settings.spelling} onSpelling={(v) => void setSpelling(v)} />
      ) : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'about' ? <AboutDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'preferences' ? (
        <PreferencesDialog
          settings={settings}
          onSave={(patch) => guard(async () => setSettings(await api.setSettings({ settings: patch })))}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {compare.view}
      {dialog === 'new-project' ? (
        <NewProjectDialog
          glossary={project?.glossary ?? []}
          onClose={() => setDialog(null)}
          onCreated={(p) => {
            setDialog(null);
            show(null, p, true);
          }}
        />
      ) : null}
      {recovery ? (
        <RecoveryDialog
          savedAt={recovery.savedAt}
          name={recovery.project.name}
          onRestore={() => {
            show(recovery.path, recovery.project, true);
            setRecovery(null);
          }}
          onDiscard={() => {
            setRecovery(null);
            void api.discardRecovery().then(() => openSample());
          }}
        />
      ) : null}
    </div>
  );
}
