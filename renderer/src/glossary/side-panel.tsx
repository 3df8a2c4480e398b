/**
 * The side panel next to the grid: Terms (of the active row), Glossary (the project's), QA (the document's).
 * All tabs stay mounted, so QA results and a half-filled entry survive switching tabs.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QaTab } from '../qa/qa-tab';
import type { EntryDraft } from './entry-form';
import { draftFromSelection, GlossaryTab } from './glossary-tab';
import { termSuggestions } from './insert-term';
import type { PanelProps } from './panel-props';
import { trackSourceSelection } from './source-selection';
import { TermsTab } from './terms-tab';
import { MatchesTab, insertMatch, useMatches } from '../tm/matches-tab';
import { CommentsTab } from '../review/comments-tab';
import { CONCORDANCE_EVENT } from '../tm/concordance';

export type PanelTab = 'terms' | 'matches' | 'glossary' | 'qa' | 'comments';
const TABS: readonly PanelTab[] = ['terms', 'matches', 'glossary', 'qa', 'comments'];

/** Asks the side panel to show one of its tabs (the grid's comment badge does). */
export function showPanelTab(tab: PanelTab): void {
  window.dispatchEvent(new CustomEvent<PanelTab>('qalam:show-panel', { detail: tab }));
}

export function SidePanel(p: PanelProps & { userName: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<PanelTab>('terms');
  const [draft, setDraft] = useState<EntryDraft | null>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const { editor, index, project, active } = p;

  useEffect(() => trackSourceSelection(), []);
  useEffect(() => {
    const onShow = (e: Event): void => {
      const want = (e as CustomEvent<PanelTab>).detail;
      if (TABS.includes(want)) setTab(want);
    };
    window.addEventListener('qalam:show-panel', onShow);
    return () => window.removeEventListener('qalam:show-panel', onShow);
  }, []);
  const [tmRevision, setTmRevision] = useState(0);
  const { matches, error: tmError } = useMatches(project, active, tmRevision);
  // Ctrl+Alt+M (the keyboard map's insert-match) inserts the best match.
  const best = useRef<{ insert: () => void }>({ insert: () => undefined });
  best.current.insert = () => {
    if (matches[0]) insertMatch(p, matches[0]);
  };
  useEffect(() => {
    const onInsert = (): void => best.current.insert();
    window.addEventListener('qalam:insert-match', onInsert);
    return () => window.removeEventListener('qalam:insert-match', onInsert);
  }, []);
  // Ctrl+Alt+C (the keyboard map's concordance) searches in the Matches tab, so that tab comes forward.
  useEffect(() => {
    const onConcordance = (): void => setTab('matches');
    window.addEventListener(CONCORDANCE_EVENT, onConcordance);
    return () => window.removeEventListener(CONCORDANCE_EVENT, onConcordance);
  }, []);
  // Ctrl+Space in the English offers the active row's translations.
  const row = project.rows[active];
  useEffect(() => {
    editor?.setTermSuggestions(() => termSuggestions(index, row));
  }, [editor, index, row]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    // Arrow keys follow the reading direction: in Arabic the next tab is on the left.
    const dir = getComputedStyle(e.currentTarget).direction === 'rtl' ? -step : step;
    const next = TABS[(TABS.indexOf(tab) + dir + TABS.length) % TABS.length]!;
    setTab(next);
    tabs.current[TABS.indexOf(next)]?.focus();
    e.preventDefault();
  };

  return (
    <aside className="side-panel" aria-label={t('glossary:panel.label')} data-testid="side-panel">
      <div className="panel-tabs" role="tablist" aria-label={t('glossary:panel.label')} onKeyDown={onKeyDown}>
        {TABS.map((k, i) => (
          <button
            key={k}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`panel-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`panel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => setTab(k)}
          >
            {k === 'matches' ? t('tm:tabs.matches') : k === 'comments' ? t('review:comments.tab') : t(`glossary:panel.${k}`)}
          </button>
        ))}
        <button
          type="button"
          className="add-from-selection"
          title={t('glossary:list.fromSelectionHint')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            setDraft(draftFromSelection(p));
            setTab('glossary');
          }}
        >
          {t('glossary:panel.addTerm')}
        </button>
      </div>
      {TABS.map((k) => (
        <div key={k} role="tabpanel" id={`panel-${k}`} aria-labelledby={`panel-tab-${k}`} hidden={tab !== k} className="panel-body">
          {k === 'terms' ? <TermsTab {...p} /> : k === 'matches' ? <MatchesTab {...p} matches={matches} error={tmError} onAligned={() => setTmRevision((r) => r + 1)} /> : k === 'glossary' ? <GlossaryTab {...p} draft={draft} onDraft={setDraft} /> : k === 'comments' ? <CommentsTab {...p} /> : <QaTab {...p} shown={tab === 'qa'} />}
        </div>
      ))}
    </aside>
  );
}
