/**
 * The compare view: a full-window dialog over the workbench listing the rows that differ between another version
 * of the document and the open project, with counts, next/previous difference (Ctrl+↓/↑, or ↓/↑ in the list) and the
 * English of the selected pair in Monaco's diff editor. Esc or Close returns to the workbench.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../app/core/project/model';
import { compareProjects } from '../../../app/core/review/compare';
import { CompareDetail } from './compare-detail';
import { CompareList } from './compare-list';
import { countDifferences, DIFFERENCE_KINDS, numberComparisons } from './compare-summary';
import { createEnglishDiff, type EnglishDiff } from './english-diff';
import { displayKeys } from '../keys';
import './compare.css';

const NEXT_KEYS = 'Ctrl+ArrowDown';
const PREVIOUS_KEYS = 'Ctrl+ArrowUp';

export interface CompareViewProps {
  /** The other version and the file it was read from. */
  other: Project;
  otherPath: string;
  /** The open project. */
  current: Project;
  onClose(): void;
}

export function CompareView({ other, otherPath, current, onClose }: CompareViewProps) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const items = useMemo(() => numberComparisons(compareProjects(other, current, { targetDiff: false }), other, current), [other, current]);
  const counts = useMemo(() => countDifferences(items), [items]);
  const [selected, setSelected] = useState(0);
  const otherName = otherPath.replace(/^.*[\\/]/, '');
  const dialog = useRef<HTMLDialogElement>(null);
  const diffHost = useRef<HTMLDivElement>(null);
  const diff = useRef<EnglishDiff | null>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    list.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  }, []);

  // One diff editor for as long as the view is open.
  const labels = { original: t('compare:englishOther', { name: otherName }), modified: t('compare:englishCurrent') };
  const labelsRef = useRef(labels);
  useEffect(() => {
    if (!diffHost.current || items.length === 0) return;
    const d = createEnglishDiff(diffHost.current, labelsRef.current);
    diff.current = d;
    return () => {
      diff.current = null;
      d.dispose();
    };
  }, [items.length]);

  const item = items[selected];
  useEffect(() => {
    if (item) diff.current?.show(item.before?.target ?? '', item.after?.target ?? '');
  }, [item, items.length]);

  const go = (delta: number): void => setSelected((s) => Math.max(0, Math.min(items.length - 1, s + delta)));

  const onKeyDownCapture = (e: KeyboardEvent<HTMLDialogElement>): void => {
    // Caught before Monaco sees them, so they work with the caret in the diff editor too.
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      e.stopPropagation();
      go(e.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="compare-view"
      aria-labelledby="compare-title"
      onClose={onClose}
      onKeyDownCapture={onKeyDownCapture}
      // The workbench's keys (undo, find, …) must not act on the project behind the view.
      onKeyDown={(e) => e.stopPropagation()}
      data-testid="compare-view"
    >
      <header className="compare-head">
        <div className="compare-title">
          <h2 id="compare-title">{t('compare:title')}</h2>
          <p className="compare-files">
            {t('compare:from')} <bdi className="compare-file" title={otherPath}>{otherName}</bdi> {t('compare:to')} <bdi className="compare-file">{current.name}</bdi>
          </p>
        </div>
        <div className="compare-counts" data-testid="compare-counts">
          <strong data-testid="compare-total">{t('compare:total', { count: items.length, n: nf.format(items.length) })}</strong>
          {DIFFERENCE_KINDS.filter((k) => counts[k] > 0).map((k) => (
            <span key={k} className={`compare-chip ${k}`} data-testid={`compare-count-${k}`}>
              {t(`compare:kinds.${k}`)} <b>{nf.format(counts[k])}</b>
            </span>
          ))}
        </div>
        <div className="compare-nav">
          <button type="button" onClick={() => go(-1)} disabled={selected <= 0} title={displayKeys(PREVIOUS_KEYS)}>{t('compare:previous')}</button>
          <span className="compare-position" aria-live="polite">{items.length ? t('compare:position', { n: nf.format(selected + 1), total: nf.format(items.length) }) : ''}</span>
          <button type="button" onClick={() => go(1)} disabled={selected >= items.length - 1} title={displayKeys(NEXT_KEYS)}>{t('compare:next')}</button>
          <button type="button" className="compare-close" onClick={() => dialog.current?.close()}>{t('compare:close')}</button>
        </div>
      </header>
      {items.length === 0 ? (
        <p className="compare-same" data-testid="compare-same">{t('compare:same')}</p>
      ) : (
        <div className="compare-body">
          <div className="compare-side" ref={list}>
            <CompareList items={items} selected={selected} onSelect={setSelected} />
            <p className="compare-keys">
              <kbd dir="ltr">{displayKeys(NEXT_KEYS)}</kbd> <kbd dir="ltr">{displayKeys(PREVIOUS_KEYS)}</kbd> {t('compare:keysNav')} · <kbd dir="ltr">{displayKeys('Escape')}</kbd> {t('compare:keysClose')}
            </p>
          </div>
          <div className="compare-main">
            {item ? <CompareDetail item={item} otherName={otherName} /> : null}
            <div className="compare-english-labels" dir="ltr">
              <span dir="auto"><bdi>{labels.original}</bdi></span>
              <span dir="auto"><bdi>{labels.modified}</bdi></span>
            </div>
            <div className="compare-diff" ref={diffHost} dir="ltr" lang="en" data-testid="compare-diff" />
          </div>
        </div>
      )}
    </dialog>
  );
}
