/** The Glossary tab: search the project's glossary, add, edit and delete entries (all undoable). */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addEntry, deleteEntry, nextEntryId, searchGlossary, updateEntry } from '../../../app/core/project/glossary-ops';
import type { GlossaryEntry } from '../../../app/core/project/model';
import { draftOf, EntryForm, type EntryDraft } from './entry-form';
import type { PanelProps } from './panel-props';
import { forgetSourceSelection, lastSourceSelection } from './source-selection';

/** How many entries the list draws at once; the search narrows a long glossary down. */
const SHOWN = 200;

export interface GlossaryTabProps extends PanelProps {
  draft: EntryDraft | null;
  onDraft: (d: EntryDraft | null) => void;
}

/** A new-entry draft from what is selected: Arabic in the grid, English in the editor. */
export function draftFromSelection(p: PanelProps): EntryDraft {
  const arabic = lastSourceSelection();
  const model = p.editor?.editor.getModel();
  const sel = p.editor?.editor.getSelection();
  const english = model && sel && !sel.isEmpty() ? model.getValueInRange(sel).replace(/\s+/g, ' ').trim() : '';
  forgetSourceSelection();
  return draftOf({ id: nextEntryId(p.project.glossary), source: arabic?.text ?? '', targets: english ? [english] : [], forbidden: [] }, true);
}

function EntryItem({ e, onEdit, onDelete }: { e: GlossaryEntry; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <li className="entry" data-testid="glossary-entry" data-entry-id={e.id}>
      <bdi className="term-source" lang="ar" dir="rtl">{e.source}</bdi>
      <span className="entry-targets" lang="en" dir="ltr">
        {e.targets.map((x, i) => <bdi key={`a${i}`} className={i === 0 ? 'preferred-target' : ''}>{x}</bdi>)}
        {e.forbidden.map((x, i) => <del key={`f${i}`} aria-label={t('glossary:terms.forbiddenLabel', { translation: x })}>{x}</del>)}
      </span>
      {e.note ? <span className="term-note" dir="auto">{e.note}</span> : null}
      <span className="entry-actions">
        <button type="button" onClick={onEdit} aria-label={t('glossary:list.editLabel', { term: e.source })}>{t('glossary:list.edit')}</button>
        <button type="button" onClick={onDelete} aria-label={t('glossary:list.deleteLabel', { term: e.source })}>{t('glossary:list.delete')}</button>
      </span>
    </li>
  );
}

export function GlossaryTab(p: GlossaryTabProps) {
  const { t, i18n } = useTranslation();
  const { project, dispatch, active, draft, onDraft } = p;
  const glossary = project.glossary;
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchGlossary(glossary, query), [glossary, query]);
  const nf = new Intl.NumberFormat(i18n.language);
  const save = (e: GlossaryEntry): void => {
    const isNew = draft?.isNew ?? true;
    dispatch({ type: 'apply', change: isNew ? addEntry(glossary, e, active) : updateEntry(glossary, e, active) });
    onDraft(null);
  };
  return (
    <div className="glossary-tab">
      <div className="glossary-tools">
        <input
          type="search"
          className="glossary-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('glossary:list.search')}
          aria-label={t('glossary:list.search')}
          dir="auto"
          data-testid="glossary-search"
        />
        <button type="button" onClick={() => onDraft(draftOf({ id: nextEntryId(glossary), source: '', targets: [], forbidden: [] }, true))}>{t('glossary:list.new')}</button>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onDraft(draftFromSelection(p))} title={t('glossary:list.fromSelectionHint')}>
          {t('glossary:list.fromSelection')}
        </button>
      </div>
      {draft ? <EntryForm draft={draft} glossary={glossary} onSave={save} onCancel={() => onDraft(null)} /> : null}
      <p className="glossary-count" data-testid="glossary-count" aria-live="polite">
        {t('glossary:list.count', { shown: nf.format(found.length), total: nf.format(glossary.length) })}
      </p>
      <ul className="entry-list" aria-label={t('glossary:list.label')}>
        {found.slice(0, SHOWN).map((e) => (
          <EntryItem
            key={e.id}
            e={e}
            onEdit={() => onDraft(draftOf(e))}
            onDelete={() => dispatch({ type: 'apply', change: deleteEntry(glossary, e.id, active) })}
          />
        ))}
      </ul>
      {found.length > SHOWN ? <p className="hint">{t('glossary:list.more', { n: nf.format(found.length - SHOWN) })}</p> : null}
    </div>
  );
}
