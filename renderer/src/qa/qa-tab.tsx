/**
 * The QA tab: the checks of app/core/qa over the whole document, grouped by check. Click an issue to go to its
 * row; ignore it with a reason (kept in the project, undoable); make a term's translations one; export a report.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ignoreIssue, makeConsistent, unignore } from '../../../app/core/project/glossary-ops';
import { isIgnored } from '../../../app/core/qa/run';
import { qaReportCsv } from '../../../app/core/qa/report-csv';
import { qaReportHtml } from '../../../app/core/qa/report-html';
import { QA_CHECKS, type QaIssue } from '../../../app/core/qa/types';
import type { PanelProps } from '../glossary/panel-props';
import { downloadText, safeFileName } from './download';
import { IssueMessage } from './issue-message';
import { useQa } from './use-qa';

/** Issues drawn per group until the reviewer asks for all: a long document can have thousands. */
const PER_GROUP = 100;

function issueKey(i: QaIssue): string {
  return `${i.rowId}\u0000${i.check}\u0000${i.key}`;
}

export function QaTab({ project, active, dispatch, onGo, shown: tabShown }: PanelProps & { shown: boolean }) {
  const { t, i18n } = useTranslation();
  // Checks run by themselves only while the tab is shown: a pass over a long document is not free.
  const qa = useQa(project.rows, project.glossary, tabShown);
  const [showIgnored, setShowIgnored] = useState(false);
  const [ignoring, setIgnoring] = useState<{ key: string; reason: string } | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const nf = new Intl.NumberFormat(i18n.language);
  const rowAt = useMemo(() => new Map(project.rows.map((r, i) => [r.id, i])), [project.rows]);
  const ignores = project.qaIgnores;
  const all = qa.issues ?? [];
  const visible = useMemo(() => all.filter((i) => rowAt.has(i.rowId) && !isIgnored(i, ignores)), [all, ignores, rowAt]);
  const ignoredCount = all.length - all.filter((i) => !isIgnored(i, ignores)).length;
  const shown = showIgnored ? all.filter((i) => rowAt.has(i.rowId)) : visible;
  const groups = QA_CHECKS.map((c) => ({ check: c, issues: shown.filter((i) => i.check === c) })).filter((g) => g.issues.length > 0);
  const base = safeFileName(project.name);

  const rowNumber = (id: string): number | undefined => {
    const at = rowAt.get(id);
    return at === undefined ? undefined : at + 1;
  };
  const reasonOf = (i: QaIssue): string | undefined => ignores.find((g) => g.rowId === i.rowId && g.check === i.check && g.key === i.key)?.reason;

  return (
    <div className="qa-tab">
      <div className="qa-tools">
        <button type="button" className="primary" onClick={qa.run} disabled={qa.running} data-testid="qa-run">
          {qa.running ? t('qa:running') : t('qa:run')}
        </button>
        <span className="qa-summary" aria-live="polite" data-testid="qa-summary">
          {qa.issues === null
            ? t(qa.running ? 'qa:running' : 'qa:notRun')
            : t('qa:summary', { n: nf.format(visible.length), ms: nf.format(Math.round(qa.ms ?? 0)) })}
          {qa.issues !== null && qa.rows !== project.rows && !qa.running ? ` ${t('qa:stale')}` : ''}
        </span>
      </div>
      <div className="qa-tools">
        <label className="check">
          <input type="checkbox" checked={showIgnored} onChange={(e) => setShowIgnored(e.target.checked)} data-testid="qa-show-ignored" />
          {t('qa:showIgnored', { n: nf.format(ignoredCount) })}
        </label>
        <span className="spacer" />
        <button type="button" disabled={qa.issues === null} onClick={() => downloadText(qaReportHtml(visible, { rows: project.rows, title: `${project.name} — QA` }), `${base}-qa.html`, 'text/html;charset=utf-8')}>
          {t('qa:exportHtml')}
        </button>
        <button type="button" disabled={qa.issues === null} onClick={() => downloadText(qaReportCsv(visible, project.rows), `${base}-qa.csv`, 'text/csv;charset=utf-8')}>
          {t('qa:exportCsv')}
        </button>
      </div>
      {qa.failed ? <p className="form-problems" role="alert">{t('qa:failed', { reason: qa.failed })}</p> : null}
      {qa.issues !== null && groups.length === 0 ? <p className="panel-empty">{t('qa:none')}</p> : null}
      {groups.map((g) => (
        <section key={g.check} className="qa-group" data-check={g.check} data-testid="qa-group">
          <h3>
            {t(`qa:checks.${g.check}`)} <span className="count">{nf.format(g.issues.length)}</span>
          </h3>
          <ul>
            {(expanded.has(g.check) ? g.issues : g.issues.slice(0, PER_GROUP)).map((i) => {
              const k = issueKey(i);
              const at = rowAt.get(i.rowId)!;
              const reason = reasonOf(i);
              return (
                <li key={k} className={`qa-issue severity-${i.severity}${reason !== undefined ? ' ignored' : ''}${at === active ? ' current' : ''}`} data-testid="qa-issue">
                  <button type="button" className="qa-jump" onClick={() => onGo(at, true)} aria-label={t('qa:jumpLabel', { n: nf.format(at + 1) })}>
                    {t('qa:row', { n: nf.format(at + 1) })}
                  </button>
                  <IssueMessage issue={i} rowNumber={rowNumber} />
                  {reason !== undefined ? (
                    <span className="qa-reason">
                      {t('qa:ignoredBecause')} <q dir="auto">{reason}</q>
                      <button type="button" onClick={() => dispatch({ type: 'apply', change: unignore(ignores, i, active) })}>{t('qa:unignore')}</button>
                    </span>
                  ) : ignoring?.key === k ? (
                    <form
                      className="qa-ignore-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        if (!ignoring.reason.trim()) return;
                        dispatch({ type: 'apply', change: ignoreIssue(ignores, i, ignoring.reason, active) });
                        setIgnoring(null);
                      }}
                    >
                      <input
                        autoFocus
                        dir="auto"
                        value={ignoring.reason}
                        onChange={(e) => setIgnoring({ key: k, reason: e.target.value })}
                        onKeyDown={(e) => e.key === 'Escape' && setIgnoring(null)}
                        aria-label={t('qa:reason')}
                        placeholder={t('qa:reason')}
                      />
                      <button type="submit" disabled={!ignoring.reason.trim()}>{t('qa:confirmIgnore')}</button>
                      <button type="button" onClick={() => setIgnoring(null)}>{t('qa:cancel')}</button>
                    </form>
                  ) : (
                    <span className="qa-actions">
                      {i.check === 'term-variant' && i.suggestion ? (
                        <button type="button" onClick={() => dispatch({ type: 'apply', change: makeConsistent(project.rows, project.glossary, i, at) })}>
                          {t('qa:makeConsistent', { translation: i.suggestion })}
                        </button>
                      ) : null}
                      <button type="button" onClick={() => setIgnoring({ key: k, reason: '' })} aria-label={t('qa:ignoreLabel', { n: nf.format(at + 1) })}>
                        {t('qa:ignore')}
                      </button>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {g.issues.length > PER_GROUP && !expanded.has(g.check) ? (
            <button type="button" className="qa-more" onClick={() => setExpanded((x) => new Set([...x, g.check]))}>
              {t('qa:showAll', { n: nf.format(g.issues.length) })}
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}
