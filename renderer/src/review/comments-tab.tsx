/**
 * The Comments tab of the side panel: the active row's comments (add, delete; undoable like every edit) and its
 * target history — who confirmed which text, when and as what — newest first.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { commentIn, uncommentIn } from '../../../app/core/review/review-ops';
import { rowHistory, type TargetHistoryEntry } from '../../../app/core/review/history';
import type { PanelProps } from '../glossary/panel-props';

function when(date: string | undefined, language: string): string {
  if (!date) return '';
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? date : d.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

export function CommentsTab(p: PanelProps & { userName: string }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const row = p.project.rows[p.active];
  const history = useMemo((): { list: TargetHistoryEntry[] } | { error: string } => {
    if (!row) return { list: [] };
    try {
      return { list: rowHistory(row).reverse() };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [row]);
  if (!row) return null;
  const nf = new Intl.NumberFormat(i18n.language);
  const notes = row.notes ?? [];
  const add = (): void => {
    if (!text.trim()) return;
    p.dispatch({ type: 'apply', change: commentIn(p.project.rows, p.active, text, { user: p.userName || t('review:anonymous'), date: new Date().toISOString() }) });
    setText('');
  };
  return (
    <div className="comments-tab" data-testid="comments-tab">
      <h3>{t('review:comments.title', { n: nf.format(p.active + 1) })}</h3>
      {notes.length === 0 ? <p className="muted">{t('review:comments.none')}</p> : null}
      <ul className="comment-list">
        {notes.map((note, i) => (
          <li key={i} className="comment" data-testid="comment">
            <div className="comment-meta">
              <bdi>{note.author ?? t('review:anonymous')}</bdi> · <span>{when(note.date, i18n.language)}</span>
            </div>
            <p dir="auto"><bdi>{note.text}</bdi></p>
            <button type="button" className="link" onClick={() => p.dispatch({ type: 'apply', change: uncommentIn(p.project.rows, p.active, i) })} aria-label={t('review:comments.deleteLabel', { n: nf.format(i + 1) })}>
              {t('review:comments.delete')}
            </button>
          </li>
        ))}
      </ul>
      <label className="comment-new">
        <span>{t('review:comments.add')}</span>
        <textarea
          dir="auto"
          rows={3}
          value={text}
          maxLength={4000}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.stopPropagation();
              add();
            }
          }}
          data-testid="comment-text"
        />
      </label>
      <button type="button" onClick={add} disabled={!text.trim()}>{t('review:comments.addButton')}</button>
      <h3>{t('review:history.title')}</h3>
      {'error' in history ? (
        <p role="alert"><bdi>{history.error}</bdi></p>
      ) : history.list.length === 0 ? (
        <p className="muted">{t('review:history.none')}</p>
      ) : (
        <ol className="history-list" data-testid="history">
          {history.list.map((h, i) => (
            <li key={i}>
              <div className="comment-meta">
                <bdi>{h.user}</bdi> · {t(`common:states.${h.state}`)} · <span>{when(h.date, i18n.language)}</span>
              </div>
              <p lang="en" dir="ltr">{h.text}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
