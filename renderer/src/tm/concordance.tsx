/**
 * Concordance: how an Arabic phrase was translated before. The search ignores diacritics, letter variants and
 * attached particles (the TM's own matching); each hit shows the stored Arabic with the phrase marked, its English
 * and where it came from. Its key (Ctrl+Alt+C) searches the Arabic last selected in the grid.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcordanceHitView } from '../../../app/contract/tm';
import { api } from '../bridge';
import { toShownError } from '../error-banner';
import { lastSourceSelection } from '../glossary/source-selection';
import { displayKeys, KEYMAP } from '../keys';
import './concordance.css';

/** The window event the keyboard map's `concordance` command sends (the side panel shows the Matches tab on it). */
export const CONCORDANCE_EVENT = 'qalam:concordance';

const LIMIT = 50;
const KEYS = KEYMAP.find((b) => b.command === 'concordance')?.keys ?? '';

type Side = 'source' | 'target';
type Search = { phrase: string; side: Side; hits: ConcordanceHitView[]; error: string | null } | null;

/** Runs the search for `query` (debounced while typing, at once when `now` changes); the latest answer wins. */
function useConcordance(query: string, side: Side, now: number, revision: number): Search {
  const [found, setFound] = useState<Search>(null);
  const lastNow = useRef(now);
  useEffect(() => {
    const immediate = now !== lastNow.current;
    lastNow.current = now;
    const phrase = query.trim();
    if (!phrase) {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(
      () => {
        api
          .tmConcordance({ phrase, side, limit: LIMIT })
          .then((hits) => live && setFound({ phrase, side, hits, error: null }))
          .catch((e: unknown) => live && setFound({ phrase, side, hits: [], error: toShownError(e).message }));
      },
      immediate ? 0 : 250,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, side, now, revision]);
  return found;
}

/** `text` with the hit marked when this is the side that was searched. */
function Marked({ text, h, on }: { text: string; h: ConcordanceHitView; on: boolean }) {
  if (!on) return <>{text}</>;
  return (
    <>
      {text.slice(0, h.start)}
      <mark>{text.slice(h.start, h.end)}</mark>
      {text.slice(h.end)}
    </>
  );
}

function Hit({ h, side }: { h: ConcordanceHitView; side: Side }) {
  const { t, i18n } = useTranslation();
  const when = new Date(h.unit.changed);
  return (
    <li className="concordance-hit" data-testid="concordance-hit">
      <p className="concordance-source" lang="ar" dir="rtl">
        <Marked text={h.unit.source} h={h} on={side === 'source'} />
      </p>
      <p className="concordance-target" lang="en" dir="ltr">
        <Marked text={h.unit.target} h={h} on={side === 'target'} />
      </p>
      <p className="concordance-origin">
        <span>{t(`tm:from.${h.tm}`)}</span>
        <span>{t(`tm:origin.${h.unit.origin}`)}</span>
        {h.unit.from ? <bdi title={h.unit.from}>{h.unit.from}</bdi> : null}
        {Number.isNaN(when.getTime()) ? null : <time dateTime={h.unit.changed}>{when.toLocaleDateString(i18n.language)}</time>}
      </p>
    </li>
  );
}

export function Concordance({ revision }: { revision: number }) {
  const { t, i18n } = useTranslation();
  const nf = new Intl.NumberFormat(i18n.language);
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<Side>('source');
  const [now, setNow] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const found = useConcordance(query, side, now, revision);

  useEffect(() => {
    const onSearch = (): void => {
      const selected = lastSourceSelection();
      if (selected) {
        setSide('source');
        setQuery(selected.text);
        setNow((n) => n + 1);
      }
      requestAnimationFrame(() => {
        section.current?.scrollIntoView({ block: 'nearest' });
        // Nothing selected: the search box, ready for a phrase (a selection keeps the focus where the translator works).
        if (!selected) input.current?.focus();
      });
    };
    window.addEventListener(CONCORDANCE_EVENT, onSearch);
    return () => window.removeEventListener(CONCORDANCE_EVENT, onSearch);
  }, []);

  return (
    <section ref={section} className="concordance" aria-labelledby="concordance-title" data-testid="concordance">
      <h3 id="concordance-title">{t('tm:concordance.title')}</h3>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setNow((n) => n + 1);
        }}
      >
        <input
          ref={input}
          type="search"
          lang={side === 'source' ? 'ar' : 'en'}
          dir={side === 'source' ? 'rtl' : 'ltr'}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('tm:concordance.placeholder')}
          aria-label={t('tm:concordance.label')}
          title={displayKeys(KEYS)}
          data-testid="concordance-query"
        />
        <button type="submit">{t('tm:concordance.search')}</button>
        <span className="concordance-side" role="radiogroup" aria-label={t('tm:concordance.side')}>
          {(['source', 'target'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="concordance-side" checked={side === k} onChange={() => setSide(k)} />
              {t(`tm:concordance.sides.${k}`)}
            </label>
          ))}
        </span>
      </form>
      <p className="hint">{t('tm:concordance.hint', { keys: displayKeys(KEYS) })}</p>
      {found?.error ? <p className="panel-error" role="alert">{found.error}</p> : null}
      {found && !found.error ? (
        <p className="concordance-count" role="status" data-testid="concordance-count">
          {found.hits.length === 0
            ? t('tm:concordance.none', { phrase: found.phrase })
            : t(found.hits.length >= LIMIT ? 'tm:concordance.countMore' : 'tm:concordance.count', { count: found.hits.length, n: nf.format(found.hits.length) })}
        </p>
      ) : null}
      {found?.hits.length ? (
        <ol className="concordance-hits">
          {found.hits.map((h) => (
            <Hit key={`${h.tm}-${h.unit.id}`} h={h} side={found.side} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
