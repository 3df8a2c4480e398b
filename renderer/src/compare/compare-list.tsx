/** The rows that differ, one entry each, virtualised (two unrelated 10,000-row files differ everywhere). */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { sourceText, type ShownComparison } from './compare-summary';

export interface CompareListProps {
  items: ShownComparison[];
  selected: number;
  onSelect(index: number): void;
}

export function CompareList({ items, selected, onSelect }: CompareListProps) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => parent.current, estimateSize: () => 96, overscan: 8 });
  useEffect(() => {
    virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const last = items.length - 1;
    const to =
      e.key === 'ArrowDown' ? selected + 1
      : e.key === 'ArrowUp' ? selected - 1
      : e.key === 'PageDown' ? selected + 10
      : e.key === 'PageUp' ? selected - 10
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (to === null || e.ctrlKey || e.altKey) return;
    e.preventDefault();
    onSelect(Math.max(0, Math.min(last, to)));
  };

  return (
    <div
      ref={parent}
      className="compare-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('compare:listLabel')}
      aria-activedescendant={items.length ? `compare-item-${selected}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="compare-list"
    >
      <div role="presentation" className="compare-items" style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const c = items[v.index]!;
          const row = c.after ?? c.before!;
          return (
            <div
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              id={`compare-item-${v.index}`}
              role="option"
              aria-selected={v.index === selected}
              className={`compare-item${v.index === selected ? ' selected' : ''}`}
              style={{ transform: `translateY(${v.start}px)` }}
              onMouseDown={(e) => {
                e.preventDefault();
                parent.current?.focus();
                onSelect(v.index);
              }}
              data-testid="compare-item"
            >
              <div className="compare-item-head">
                <span className="compare-num">{t(c.numberIn === 'current' ? 'compare:row' : 'compare:rowInOther', { n: nf.format(c.number) })}</span>
                {c.differences.map((d) => (
                  <span key={d} className={`compare-chip ${d}`} data-kind={d}>
                    {t(`compare:kinds.${d}`)}
                  </span>
                ))}
              </div>
              <p className="compare-item-ar" lang="ar" dir="rtl">{sourceText(row) || <span className="placeholder" lang={i18n.language} dir="auto">{t('compare:noArabic')}</span>}</p>
              <p className="compare-item-en" lang="en" dir="ltr">{row.target || <span className="placeholder" lang={i18n.language} dir="auto">{t('compare:noEnglish')}</span>}</p>
            </div>
          );
        })}
      </div>
    </div>
  );
}
