/**
 * Translation-memory matches for the active row: exact (100%), in context (101%), same words spelled differently
 * (99%) and fuzzy, with what differs between the stored Arabic and this row's marked. Insert puts a match's
 * English into the row (one undo step); Ctrl+Alt+M inserts the best one. Below them, the concordance search.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmMatchView } from '../../../app/contract/tm';
import { editTarget } from '../../../app/core/project/ops';
import { api } from '../bridge';
import { toShownError } from '../error-banner';
import type { PanelProps } from '../glossary/panel-props';
import { Concordance } from './concordance';

/** Loads matches for the active row (debounced, latest wins). */
export function useMatches(project: PanelProps['project'], active: number, revision: number): { matches: TmMatchView[]; error: string | null } {
  const [matches, setMatches] = useState<TmMatchView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const row = project.rows[active];
  const source = row?.source.join(' ') ?? '';
  const prev = project.rows[active - 1]?.source.join(' ');
  const next = project.rows[active + 1]?.source.join(' ');
  useEffect(() => {
    // Never show the previous row's matches while this row's are on their way.
    setMatches([]);
    if (!source.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .tmLookup({ source, ...(prev ? { prev } : {}), ...(next ? { next } : {}), limit: 5 })
        .then((m) => live && (setMatches(m), setError(null)))
        .catch((e: unknown) => live && setError(toShownError(e).message));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, prev, next, revision]);
  return { matches, error };
}

export function insertMatch(p: Pick<PanelProps, 'project' | 'active' | 'dispatch' | 'editor'>, m: TmMatchView): void {
  p.dispatch({ type: 'seal' });
  p.dispatch({ type: 'apply', change: editTarget(p.project.rows, p.active, m.unit.target) });
  p.dispatch({ type: 'seal' });
  p.editor?.focus();
}

export function MatchesTab(p: PanelProps & { matches: TmMatchView[]; error: string | null; onAligned: () => void }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const [busy, setBusy] = useState<string | null>(null);
  // Bumped when documents were aligned into the TM, so a concordance search shows the new pairs.
  const [aligned, setAligned] = useState(0);

  const alignIntoTm = async (): Promise<void> => {
    try {
      const sourcePath = await api.pickFile({ purpose: 'open-document' });
      if (!sourcePath) return;
      const targetPath = await api.pickFile({ purpose: 'open-document' });
      if (!targetPath) return;
      setBusy(t('tm:aligning'));
      const r = await api.tmAlignFiles({ sourcePath, targetPath });
      setBusy(t('tm:aligned', { count: r.added + r.updated, added: nf.format(r.added) }));
      p.onAligned();
      setAligned((n) => n + 1);
    } catch (e) {
      setBusy(toShownError(e).message);
    }
  };

  return (
    <div className="matches" data-testid="tm-matches">
      {p.error ? <p className="panel-error" role="alert">{p.error}</p> : null}
      {p.matches.length === 0 ? <p className="panel-empty">{t('tm:none')}</p> : null}
      <ol className="match-list">
        {p.matches.map((m, k) => (
          <li key={`${m.tm}-${m.unit.id}`} className="match">
            <div className="match-head">
              <span className={`match-score ${m.score >= 100 ? 'exact' : m.score >= 85 ? 'high' : 'fuzzy'}`} data-testid="match-score">
                {nf.format(m.score)}%
              </span>
              <span className="match-origin">{t(`tm:from.${m.tm}`)}</span>
              <button type="button" onClick={() => insertMatch(p, m)} aria-label={t('tm:insertN', { n: k + 1 })} title={k === 0 ? 'Ctrl+Alt+M' : undefined}>
                {t('tm:insert')}
              </button>
            </div>
            <p className="match-source" lang="ar" dir="rtl">
              {m.sourceDiff.map((d, i) =>
                d.kind === 'same' ? <span key={i}>{d.text}</span> : d.kind === 'stored' ? <del key={i} title={t('tm:storedOnly')}>{d.text}</del> : <ins key={i} title={t('tm:currentOnly')}>{d.text}</ins>,
              )}
            </p>
            <p className="match-target" lang="en" dir="ltr">{m.unit.target}</p>
          </li>
        ))}
      </ol>
      <div className="panel-actions">
        <button type="button" onClick={() => void alignIntoTm()}>{t('tm:alignIntoTm')}</button>
        {busy ? <span role="status">{busy}</span> : null}
      </div>
      <Concordance revision={aligned} />
    </div>
  );
}
