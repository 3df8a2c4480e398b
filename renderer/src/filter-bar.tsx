/** Filter the rows by state, low confidence and text; sort the doubtful pairs first. */
import { useTranslation } from 'react-i18next';
import { SEGMENT_STATES, type SegmentState } from '../../app/core/project/model';

export interface ViewFilter {
  states: SegmentState[];
  lowOnly: boolean;
  /** Only rows with comments. */
  commented: boolean;
  sortByScore: boolean;
  text: string;
}

export const NO_FILTER: ViewFilter = { states: [], lowOnly: false, commented: false, sortByScore: false, text: '' };

export function FilterBar({ filter, onChange, shown, total }: { filter: ViewFilter; onChange: (f: ViewFilter) => void; shown: number; total: number }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const toggle = (s: SegmentState): void =>
    onChange({ ...filter, states: filter.states.includes(s) ? filter.states.filter((x) => x !== s) : [...filter.states, s] });
  return (
    <div className="filter-bar" role="toolbar" aria-label={t('filter.label')}>
      <span className="filter-title">{t('filter.label')}</span>
      {SEGMENT_STATES.map((s) => (
        <button key={s} type="button" className={`chip ${s}`} aria-pressed={filter.states.includes(s)} onClick={() => toggle(s)}>
          {t(`states.${s}`)}
        </button>
      ))}
      <button type="button" className="chip low" aria-pressed={filter.lowOnly} onClick={() => onChange({ ...filter, lowOnly: !filter.lowOnly })}>
        {t('filter.lowOnly')}
      </button>
      <button type="button" className="chip" aria-pressed={filter.commented} onClick={() => onChange({ ...filter, commented: !filter.commented })}>
        {t('filter.commented')}
      </button>
      <button type="button" className="chip" aria-pressed={filter.sortByScore} onClick={() => onChange({ ...filter, sortByScore: !filter.sortByScore })}>
        {t('filter.sortByScore')}
      </button>
      <input
        type="search"
        className="filter-text"
        placeholder={t('filter.textPlaceholder')}
        aria-label={t('filter.textPlaceholder')}
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
      />
      <span className="filter-count" data-testid="filter-count">
        {t('filter.count', { shown: nf.format(shown), total: nf.format(total) })}
      </span>
    </div>
  );
}
