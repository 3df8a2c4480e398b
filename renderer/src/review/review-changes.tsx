/**
 * A row's tracked changes in review mode: the translator's confirmed English with the reviewer's edits marked
 * (deleted words struck through, inserted words underlined, each also named for screen readers), and buttons
 * to accept or reject each change or all of the row's changes. Shown under the English of the row.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../app/core/project/model';
import { rowReview } from './review-state';

export interface ReviewDecisions {
  /** Accept or reject one change of the row (by its id in the row's current diff). */
  onChange(index: number, id: number, decision: 'accept' | 'reject'): void;
  /** Accept or reject every open change of the row. */
  onRow(index: number, decision: 'accept' | 'reject'): void;
}

export const ReviewChanges = memo(function ReviewChanges({ row, index, decide }: { row: Row; index: number; decide: ReviewDecisions }) {
  const { t, i18n } = useTranslation();
  const review = rowReview(row);
  if (!review) return null;
  if ('error' in review) {
    return <div className="review-changes review-error" role="note" data-testid="review-error"><bdi>{review.error}</bdi></div>;
  }
  if (review.count === 0) return null;
  const nf = new Intl.NumberFormat(i18n.language);
  let n = 0;
  return (
    <div className="review-changes" data-testid="review-changes" onMouseDown={(e) => e.stopPropagation()}>
      <div className="review-head">
        <span className="review-count">{t('review:row.changes', { count: review.count, formatted: nf.format(review.count) })}</span>
        <button type="button" className="accept" onClick={() => decide.onRow(index, 'accept')}>{t('review:row.acceptAll')}</button>
        <button type="button" className="reject" onClick={() => decide.onRow(index, 'reject')}>{t('review:row.rejectAll')}</button>
      </div>
      <p className="review-diff" lang="en" dir="ltr" data-testid="review-diff">
        {review.diff.parts.map((p, k) => {
          if (p.kind === 'same') return <span key={k}>{p.text}</span>;
          const number = ++n;
          const label = t('review:change.label', { n: nf.format(number), before: p.before.trim() || '∅', after: p.after.trim() || '∅' });
          return (
            <span key={k} className="change" data-change-id={p.id} title={label}>
              {p.before ? (
                <del>
                  <span className="sr-only">{t('review:change.deleted')} </span>
                  {p.before}
                </del>
              ) : null}
              {p.after ? (
                <ins>
                  <span className="sr-only">{t('review:change.inserted')} </span>
                  {p.after}
                </ins>
              ) : null}
              <span className="change-actions">
                <button type="button" className="accept" aria-label={t('review:change.accept', { label })} title={t('review:change.accept', { label })} onClick={() => decide.onChange(index, p.id, 'accept')}>✓</button>
                <button type="button" className="reject" aria-label={t('review:change.reject', { label })} title={t('review:change.reject', { label })} onClick={() => decide.onChange(index, p.id, 'reject')}>✕</button>
              </span>
            </span>
          );
        })}
      </p>
    </div>
  );
});
