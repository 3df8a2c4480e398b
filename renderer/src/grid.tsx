/**
 * The bilingual grid: one row per bead, English on the left, Arabic on the right, virtualised so that ten thousand
 * rows scroll like ten. The grid keeps this physical layout in both UI languages (the chrome around it mirrors):
 * each text reads from its own outer edge, and a translator's spatial memory survives a language switch.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../app/core/project/model';
import type { TargetEditor } from './target-editor';
import { EditorSlot } from './editor-slot';
import { SourceText, type SourceMarks } from './source-text';
import { ReviewChanges, type ReviewDecisions } from './review/review-changes';

export interface GridProps {
  rows: Row[];
  /** The project row indices to show, in display order (all rows, or a filter's result). */
  order: number[];
  active: number;
  lowScore: number;
  editor: TargetEditor | null;
  /** Term and search highlights for the Arabic, by row index. */
  marks?: (index: number) => SourceMarks | undefined;
  onActivate: (index: number, edit: boolean) => void;
  /** Review mode: each row shows its tracked changes with these decisions (absent outside review mode). */
  review?: ReviewDecisions | null;
  /** Shows the active row's comments (the comment badge's action). */
  onComments?: (index: number) => void;
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

interface RowViewProps {
  row: Row;
  index: number;
  position: number;
  active: boolean;
  lowScore: number;
  editor: TargetEditor | null;
  marks: SourceMarks | undefined;
  onActivate: (index: number, edit: boolean) => void;
  measure: (el: Element | null) => void;
  start: number;
  review: ReviewDecisions | null;
  onComments: ((index: number) => void) | undefined;
}

const RowView = memo(function RowView({ row, index, position, active, lowScore, editor, marks, onActivate, measure, start, review, onComments }: RowViewProps) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <div
      ref={measure}
      data-index={position}
      data-row-index={index}
      data-row-id={row.id}
      data-state={row.state}
      role="row"
      aria-rowindex={index + 1}
      aria-selected={active}
      aria-label={t('grid.rowLabel', { n: nf.format(index + 1), state: t(`states.${row.state}`) })}
      className={`grid-row state-${row.state}${active ? ' active' : ''}${row.score !== null && row.score < lowScore ? ' low-score' : ''}`}
      style={{ position: 'absolute', insetInlineStart: 0, insetBlockStart: 0, inlineSize: '100%', transform: `translateY(${start}px)` }}
      onMouseDown={(e) => {
        if (!active) onActivate(index, (e.target as HTMLElement).closest('.col-target') !== null);
      }}
    >
      <span role="gridcell" className="col-num">{nf.format(index + 1)}</span>
      <div role="gridcell" className="col-target" lang="en" dir="ltr" data-testid="target-cell">
        {active && editor ? (
          <EditorSlot editor={editor} rowId={row.id} text={row.target} />
        ) : row.target ? (
          <bdi className="target-text">{row.target}</bdi>
        ) : (
          <span className="placeholder">{t('grid.emptyTarget')}</span>
        )}
      </div>
      <div role="gridcell" className="col-source" lang="ar" dir="rtl" data-testid="source-cell">
        {row.source.length === 0 ? (
          <span className="placeholder" lang={i18n.language}>{t('grid.emptySource')}</span>
        ) : (
          <SourceText sentences={row.source} marks={marks} />
        )}
      </div>
      <span role="gridcell" className="col-state">
        <span className={`state-badge ${row.state}`}>{t(`states.${row.state}`)}</span>
        {row.notes?.length ? (
          <button
            type="button"
            className="comment-badge"
            data-testid="comment-badge"
            aria-label={t('grid.comments', { count: row.notes.length, formatted: nf.format(row.notes.length) })}
            title={t('grid.comments', { count: row.notes.length, formatted: nf.format(row.notes.length) })}
            onMouseDown={(e) => e.stopPropagation()}
            onClick={() => {
              onActivate(index, false);
              onComments?.(index);
            }}
          >
            <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
              <path d="M2 2h12v9H7l-3 3v-3H2z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
            </svg>
            {nf.format(row.notes.length)}
          </button>
        ) : null}
      </span>
      <span role="gridcell" className="col-score">
        <ScoreCell score={row.score} low={lowScore} />
      </span>
      {review ? <ReviewChanges row={row} index={index} decide={review} /> : null}
    </div>
  );
});

export function Grid({ rows, order, active, lowScore, editor, marks, onActivate, review, onComments }: GridProps) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  // A stable key function: the virtualizer recomputes every row's position when it changes, and typing must not
  // cost 10,000 of those. Row ids survive edits; merges, splits and filters change the count or the order.
  const latest = useRef({ rows, order });
  latest.current = { rows, order };
  const getItemKey = useCallback((i: number) => latest.current.rows[latest.current.order[i]!]?.id ?? i, []);
  const [keyEpoch, setKeyEpoch] = useState(0);
  useEffect(() => setKeyEpoch((e) => e + 1), [order]);
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => parent.current,
    estimateSize: () => 72,
    overscan: 6,
    getItemKey: useMemo(() => (keyEpoch >= 0 ? (i: number) => getItemKey(i) : getItemKey), [keyEpoch, getItemKey]),
  });
  const activePosition = order.indexOf(active);
  useEffect(() => {
    if (activePosition >= 0) virtualizer.scrollToIndex(activePosition, { align: 'auto' });
  }, [activePosition, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.target !== e.currentTarget) return;
    const far = order.length;
    const step =
      e.key === 'ArrowDown' ? 1
      : e.key === 'ArrowUp' ? -1
      : e.key === 'PageDown' ? 10
      : e.key === 'PageUp' ? -10
      : e.key === 'End' && e.ctrlKey ? far
      : e.key === 'Home' && e.ctrlKey ? -far
      : 0;
    if (step) {
      e.preventDefault();
      const p = Math.max(0, Math.min(order.length - 1, (activePosition < 0 ? 0 : activePosition) + step));
      onActivate(order[p]!, false);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onActivate(active, true);
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
        {order.length === 0 ? <div className="grid-empty">{t('grid.noRows')}</div> : null}
        <div style={{ blockSize: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = order[item.index]!;
            const row = rows[index]!;
            return (
              <RowView
                key={item.key}
                row={row}
                index={index}
                position={item.index}
                active={index === active}
                lowScore={lowScore}
                editor={editor}
                marks={marks?.(index)}
                onActivate={onActivate}
                measure={virtualizer.measureElement}
                start={item.start}
                review={review ?? null}
                onComments={onComments}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
