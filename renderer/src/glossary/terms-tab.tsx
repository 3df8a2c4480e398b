/** The Terms tab: the glossary terms in the active row's Arabic, their translations, and a way to insert them. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rowTerms, type RowTerm } from '../../../app/core/project/glossary-ops';
import { displayKeys, KEYMAP } from '../keys';
import { insertTranslation } from './insert-term';
import type { PanelProps } from './panel-props';

const INSERT_KEYS = KEYMAP.find((b) => b.command === 'insert-term')!.keys;

function TermCard({ term, next, onInsert }: { term: RowTerm; next: boolean; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const { entry } = term;
  const status = term.forbiddenUsed ? 'forbidden' : term.translated ? 'translated' : 'missing';
  return (
    <li className={`term-card status-${status}`} data-testid="term-card" data-entry-id={entry.id}>
      <div className="term-head">
        <bdi className="term-source" lang="ar" dir="rtl">{term.surface}</bdi>
        {term.surface !== entry.source ? <bdi className="term-lemma" lang="ar" dir="rtl">{entry.source}</bdi> : null}
        <span className={`term-status ${status}`} data-testid="term-status">{t(`glossary:terms.status.${status}`)}</span>
      </div>
      <ul className="term-targets" lang="en" dir="ltr">
        {entry.targets.map((x, i) => (
          <li key={`a${i}`}>
            <bdi>{x}</bdi>
            {i === 0 ? <span className="preferred">{t('glossary:terms.preferred')}</span> : null}
            <button
              type="button"
              className="insert"
              aria-label={t('glossary:terms.insertLabel', { translation: x })}
              title={i === 0 && next ? `${t('glossary:terms.insert')} (${displayKeys(INSERT_KEYS)})` : t('glossary:terms.insert')}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInsert(x)}
            >
              {t('glossary:terms.insert')}
              {i === 0 && next ? <kbd>{displayKeys(INSERT_KEYS)}</kbd> : null}
            </button>
          </li>
        ))}
        {entry.forbidden.map((x, i) => (
          <li key={`f${i}`} className="forbidden">
            <del aria-label={t('glossary:terms.forbiddenLabel', { translation: x })}>{x}</del>
          </li>
        ))}
      </ul>
      {entry.note ? <p className="term-note" dir="auto">{entry.note}</p> : null}
    </li>
  );
}

export function TermsTab({ project, active, index, editor }: PanelProps) {
  const { t } = useTranslation();
  const row = project.rows[active];
  const terms = useMemo(() => (row ? rowTerms(index, row) : []), [index, row]);
  const next = terms.find((x) => !x.translated);
  if (project.glossary.length === 0) return <p className="panel-empty">{t('glossary:terms.noGlossary')}</p>;
  if (terms.length === 0) return <p className="panel-empty" data-testid="terms-empty">{t('glossary:terms.none')}</p>;
  return (
    <ul className="term-list" aria-label={t('glossary:terms.listLabel')}>
      {terms.map((x) => (
        <TermCard key={x.entry.id} term={x} next={x === next} onInsert={(text) => editor && insertTranslation(editor, text)} />
      ))}
    </ul>
  );
}
