/** The form that adds or edits one glossary entry. */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryProblems, parseTranslations } from '../../../app/core/project/glossary-ops';
import type { GlossaryEntry } from '../../../app/core/project/model';

/** The parts of speech offered; an entry imported with another value keeps it. */
export const PARTS_OF_SPEECH = ['noun', 'properNoun', 'verb', 'adjective', 'adverb', 'phrase'] as const;

export interface EntryDraft {
  id: string;
  source: string;
  targets: string;
  forbidden: string;
  note: string;
  partOfSpeech: string;
  caseSensitive: boolean;
  /** Other Arabic spellings of the term, one per line. */
  variants: string;
  /** True for a new entry. */
  isNew: boolean;
}

export function draftOf(e: GlossaryEntry, isNew = false): EntryDraft {
  return {
    id: e.id, source: e.source, targets: e.targets.join('\n'), forbidden: e.forbidden.join('\n'), note: e.note ?? '',
    partOfSpeech: e.partOfSpeech ?? '', caseSensitive: e.caseSensitive ?? false, variants: (e.sourceVariants ?? []).join('\n'), isNew,
  };
}

export function entryOf(d: EntryDraft): GlossaryEntry {
  const note = d.note.trim();
  const variants = parseTranslations(d.variants);
  return {
    id: d.id,
    source: d.source.replace(/\s+/g, ' ').trim(),
    targets: parseTranslations(d.targets),
    forbidden: parseTranslations(d.forbidden),
    ...(note ? { note } : {}),
    ...(d.partOfSpeech ? { partOfSpeech: d.partOfSpeech } : {}),
    ...(d.caseSensitive ? { caseSensitive: true } : {}),
    ...(variants.length ? { sourceVariants: variants } : {}),
  };
}

export function EntryForm({ draft, glossary, onSave, onCancel }: { draft: EntryDraft; glossary: GlossaryEntry[]; onSave: (e: GlossaryEntry) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [d, setD] = useState(draft);
  const [problems, setProblems] = useState<string[]>([]);
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setD(draft);
    setProblems([]);
    first.current?.focus();
  }, [draft]);
  const set = <K extends keyof EntryDraft>(k: K, v: EntryDraft[K]): void => setD((x) => ({ ...x, [k]: v }));
  const submit = (): void => {
    const entry = entryOf(d);
    const p = entryProblems(entry, glossary);
    setProblems(p);
    if (p.length === 0) onSave(entry);
  };
  const pos = d.partOfSpeech && !(PARTS_OF_SPEECH as readonly string[]).includes(d.partOfSpeech) ? [d.partOfSpeech] : [];
  return (
    <form
      className="entry-form"
      aria-label={d.isNew ? t('glossary:form.newTitle') : t('glossary:form.editTitle')}
      data-testid="entry-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3>{d.isNew ? t('glossary:form.newTitle') : t('glossary:form.editTitle')}</h3>
      <label htmlFor={`${id}-src`}>{t('glossary:form.source')}</label>
      <input id={`${id}-src`} ref={first} lang="ar" dir="rtl" className="ar-input" value={d.source} onChange={(e) => set('source', e.target.value)} />
      <label htmlFor={`${id}-var`}>{t('glossary:form.variants')}</label>
      <textarea id={`${id}-var`} lang="ar" dir="rtl" className="ar-input" rows={1} value={d.variants} onChange={(e) => set('variants', e.target.value)} data-testid="entry-variants" />
      <label htmlFor={`${id}-tg`}>{t('glossary:form.targets')}</label>
      <textarea id={`${id}-tg`} lang="en" dir="ltr" rows={2} value={d.targets} onChange={(e) => set('targets', e.target.value)} aria-describedby={`${id}-tg-hint`} />
      <span id={`${id}-tg-hint`} className="hint">{t('glossary:form.targetsHint')}</span>
      <label htmlFor={`${id}-fb`}>{t('glossary:form.forbidden')}</label>
      <textarea id={`${id}-fb`} lang="en" dir="ltr" rows={1} value={d.forbidden} onChange={(e) => set('forbidden', e.target.value)} />
      <label htmlFor={`${id}-note`}>{t('glossary:form.note')}</label>
      <input id={`${id}-note`} dir="auto" value={d.note} onChange={(e) => set('note', e.target.value)} />
      <div className="form-row">
        <label htmlFor={`${id}-pos`}>{t('glossary:form.partOfSpeech')}</label>
        <select id={`${id}-pos`} value={d.partOfSpeech} onChange={(e) => set('partOfSpeech', e.target.value)}>
          <option value="">{t('glossary:pos.none')}</option>
          {PARTS_OF_SPEECH.map((p) => <option key={p} value={p}>{t(`glossary:pos.${p}`)}</option>)}
          {pos.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
        <label className="check">
          <input type="checkbox" checked={d.caseSensitive} onChange={(e) => set('caseSensitive', e.target.checked)} />
          {t('glossary:form.caseSensitive')}
        </label>
      </div>
      {problems.length ? (
        <ul className="form-problems" role="alert">
          {problems.map((p) => <li key={p}>{t(`glossary:${p}`)}</li>)}
        </ul>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">{t('glossary:form.save')}</button>
        <button type="button" onClick={onCancel}>{t('glossary:form.cancel')}</button>
      </div>
    </form>
  );
}
