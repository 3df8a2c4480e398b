/**
 * The bar shown in review mode: how much is left to decide, moving between changed rows, accepting or rejecting
 * everything at once, showing only the rows with changes, and the name the reviewer confirms under.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSummary } from './review-state';

export interface ReviewBarProps {
  summary: ReviewSummary;
  changedOnly: boolean;
  userName: string;
  onChangedOnly(on: boolean): void;
  onStep(step: 1 | -1): void;
  onAll(decision: 'accept' | 'reject'): void;
  onUserName(name: string): void;
  onClose(): void;
}

export function ReviewBar(p: ReviewBarProps) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const [name, setName] = useState(p.userName);
  useEffect(() => setName(p.userName), [p.userName]);
  const none = p.summary.changes === 0;
  const commitName = (): void => {
    const v = name.trim();
    if (v !== p.userName) p.onUserName(v);
  };
  return (
    <section className="review-bar" aria-label={t('review:bar.label')} data-testid="review-bar">
      <strong className="review-title">{t('review:bar.title')}</strong>
      <span className="review-summary" role="status" data-testid="review-summary">
        {none
          ? t('review:bar.none')
          : t('review:bar.summary', {
              count: p.summary.changes,
              changes: nf.format(p.summary.changes),
              rows: t('review:bar.rows', { count: p.summary.rows.length, formatted: nf.format(p.summary.rows.length) }),
            })}
      </span>
      <button type="button" onClick={() => p.onStep(-1)} disabled={none}>{t('review:bar.previous')}</button>
      <button type="button" onClick={() => p.onStep(1)} disabled={none}>{t('review:bar.next')}</button>
      <button type="button" className="accept" onClick={() => p.onAll('accept')} disabled={none}>{t('review:bar.acceptAll')}</button>
      <button type="button" className="reject" onClick={() => p.onAll('reject')} disabled={none}>{t('review:bar.rejectAll')}</button>
      <label className="check">
        <input type="checkbox" checked={p.changedOnly} onChange={(e) => p.onChangedOnly(e.target.checked)} />
        {t('review:bar.changedOnly')}
      </label>
      <label className="reviewer">
        <span>{t('review:bar.reviewer')}</span>
        <input
          value={name}
          maxLength={200}
          placeholder={t('review:bar.reviewerPlaceholder')}
          onChange={(e) => setName(e.target.value)}
          onBlur={commitName}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitName();
          }}
          data-testid="reviewer-name"
        />
      </label>
      <span className="spacer" />
      <button type="button" onClick={p.onClose}>{t('review:bar.close')}</button>
    </section>
  );
}
