/**
 * The bilingual grid: one row per bead, English on the left, Arabic on the right, virtualised so that ten thousand
 * rows scroll like ten. The grid keeps this physical layout in both UI languages (the chrome around it mirrors):
 * each text reads from its own outer edge, and a translator's spatial memory survives a language switch.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../app/core/project/model';

export interface GridProps {
  rows: Row[];
  activeIndex: number;
  lowScore: number;
  onActivate: (index: number) => void;
}

function ScoreCell({ score, low }: { score: number | null; low: number }) {
  const { t, i18n } = useTranslation();
  if (score === null) return <span className="score manual" title={t('grid.manual')}>—</span>;
  const pct = Math.round(score * 100);
  const text = new Intl.NumberFormat(i18n.language).format(pct);
  return (
    <span className={`score ${score < low ? 'low' : ''}`} aria-label={t('grid.scoreLabel', { score: text })} title={t('grid.scoreLabel', { score: text })}>
      <span className="score-bar" aria-hidden="true">
        <span style={{ blockSize: `${pct}%` }} />
      </span>
      {text}
    </span>
  );
}

export function Grid({ rows, activeIndex, lowScore, onActivate }: GridProps) {
  const { t, i18n } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 72,
    overscan: 8,
    getItemKey: (i) => rows[i]!.id,
  });
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);
  const nf = new Intl.NumberFormat(i18n.language);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const next = e.key === 'ArrowDown' ? activeIndex + 1 : e.key === 'ArrowUp' ? activeIndex - 1 : e.key === 'Home' && e.ctrlKey ? 0 : e.key === 'End' && e.ctrlKey ? rows.length - 1 : null;
    if (next !== null && next >= 0 && next < rows.length) {
      e.preventDefault();
      onActivate(next);
    }
  };

  return (
    <div className="grid" role="grid" aria-label={t('grid.label')} aria-rowcount={rows.length} dir="ltr" data-testid="grid">
      <div className="grid-header" role="row">
        <span role="columnheader" className="col-num">{t('columns.number')}</span>
        <span role="columnheader" className="col-target">{t('columns.target')}</span>
        <span role="columnheader" className="col-source">{t('columns.source')}</span>
        <span role="columnheader" className="col-state">{t('columns.state')}</span>
        <span role="columnheader" className="col-score">{t('columns.score')}</span>
      </div>
      <div className="grid-body" ref={parent} tabIndex={0} onKeyDown={onKeyDown} data-testid="grid-body">
        <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const active = item.index === activeIndex;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-row-id={row.id}
                data-state={row.state}
                role="row"
                aria-rowindex={item.index + 1}
                aria-selected={active}
                aria-label={t('grid.rowLabel', { n: nf.format(item.index + 1), state: t(`states.${row.state}`) })}
                className={`grid-row state-${row.state}${active ? ' active' : ''}${row.score !== null && row.score < lowScore ? ' low-score' : ''}`}
                style={{ position: 'absolute', insetInlineStart: 0, insetBlockStart: 0, inlineSize: '100%', transform: `translateY(${item.start}px)` }}
                onMouseDown={() => onActivate(item.index)}
              >
                <span role="gridcell" className="col-num">{nf.format(item.index + 1)}</span>
                <div role="gridcell" className="col-target" lang="en" dir="ltr" data-testid="target-cell">
                  {row.target ? row.target : <span className="placeholder">{t('grid.emptyTarget')}</span>}
                </div>
                <div role="gridcell" className="col-source" lang="ar" dir="rtl" data-testid="source-cell">
                  {row.source.length === 0 ? (
                    <span className="placeholder" lang={i18n.language}>{t('grid.emptySource')}</span>
                  ) : (
                    row.source.map((s, k) => (
                      <span key={k} className="sentence">
                        {s}
                      </span>
                    ))
                  )}
                </div>
                <span role="gridcell" className="col-state">
                  <span className={`state-badge ${row.state}`}>{t(`states.${row.state}`)}</span>
                </span>
                <span role="gridcell" className="col-score">
                  <ScoreCell score={row.score} low={lowScore} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
