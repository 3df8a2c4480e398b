/** Find (Ctrl+F) and replace (Ctrl+H) in the English, or find in the Arabic ignoring diacritics and letter variants. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../app/core/project/model';
import { compileQuery, findInSources, findInTargets, replaceInTargets, type FindOptions, type TextMatch } from '../../app/core/project/find';

export interface FindState {
  query: string;
  replacement: string;
  side: 'target' | 'source';
  options: Required<FindOptions>;
}

export const INITIAL_FIND: FindState = { query: '', replacement: '', side: 'target', options: { caseSensitive: false, wholeWord: false, regex: false, loose: true } };

export interface FindBarProps {
  rows: Row[];
  state: FindState;
  replace: boolean;
  onState: (s: FindState) => void;
  onGo: (m: TextMatch) => void;
  onReplaceAll: (edits: { index: number; target: string }[]) => void;
  onReplaceOne: (m: TextMatch, replacement: string) => void;
  onClose: () => void;
  onMatches: (m: TextMatch[]) => void;
}

export function FindBar({ rows, state, replace, onState, onGo, onReplaceAll, onReplaceOne, onClose, onMatches }: FindBarProps) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState(0);
  const nf = new Intl.NumberFormat(i18n.language);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [replace]);
  const matches = useMemo(
    () => (state.side === 'target' ? findInTargets(rows, state.query, state.options) : findInSources(rows, state.query, state.options)),
    [rows, state.query, state.side, state.options],
  );
  useEffect(() => onMatches(matches), [matches, onMatches]);
  const invalid = state.options.regex && state.query !== '' && !compileQuery(state.query, state.options).ok;
  const go = (delta: number): void => {
    if (!matches.length) return;
    const next = (current + delta + matches.length) % matches.length;
    setCurrent(next);
    onGo(matches[next]!);
  };
  const set = (patch: Partial<FindState>): void => {
    setCurrent(0);
    onState({ ...state, ...patch });
  };
  const opt = (k: keyof FindOptions, label: string, symbol: string) => (
    <button type="button" className="toggle" aria-pressed={state.options[k]} title={label} aria-label={label} onClick={() => set({ options: { ...state.options, [k]: !state.options[k] } })}>
      {symbol}
    </button>
  );
  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <select value={state.side} aria-label={t('find.side')} onChange={(e) => set({ side: e.target.value as FindState['side'] })}>
        <option value="target">{t('find.inEnglish')}</option>
        <option value="source">{t('find.inArabic')}</option>
      </select>
      <input
        ref={input}
        className={invalid ? 'invalid' : ''}
        aria-invalid={invalid}
        aria-label={t('find.query')}
        placeholder={t('find.query')}
        dir="auto"
        value={state.query}
        onChange={(e) => set({ query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          }
        }}
        data-testid="find-query"
      />
      {opt('caseSensitive', t('find.caseSensitive'), 'Aa')}
      {opt('wholeWord', t('find.wholeWord'), 'ab|')}
      {opt('regex', t('find.regex'), '.*')}
      {state.side === 'source' ? opt('loose', t('find.loose'), 'اَ≈ا') : null}
      <span className="find-count" data-testid="find-count">
        {state.query ? t('find.count', { current: nf.format(matches.length ? current + 1 : 0), total: nf.format(matches.length) }) : ''}
      </span>
      <button type="button" onClick={() => go(-1)} aria-label={t('find.previous')}>↑</button>
      <button type="button" onClick={() => go(1)} aria-label={t('find.next')}>↓</button>
      {replace && state.side === 'target' ? (
        <>
          <input aria-label={t('find.replacement')} placeholder={t('find.replacement')} value={state.replacement} onChange={(e) => onState({ ...state, replacement: e.target.value })} data-testid="find-replacement" />
          <button type="button" disabled={!matches.length} onClick={() => matches[current] && onReplaceOne(matches[current]!, state.replacement)}>
            {t('find.replace')}
          </button>
          <button type="button" disabled={!matches.length} onClick={() => onReplaceAll(replaceInTargets(rows, state.query, state.replacement, state.options))}>
            {t('find.replaceAll')}
          </button>
        </>
      ) : null}
      <button type="button" className="close" onClick={onClose} aria-label={t('actions.close')}>×</button>
    </div>
  );
}
