/**
 * Preferences: the name confirmations and comments are recorded under, autosave, the low-confidence threshold,
 * the spelling dictionary and the words the user has added to it. Saved through the host (settings.json).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../app/contract/api';
import { Modal } from './dialogs';

export function PreferencesDialog({ settings, onSave, onClose }: { settings: Settings; onSave(patch: Partial<Settings>): Promise<void>; onClose(): void }) {
  const { t } = useTranslation();
  const [userName, setUserName] = useState(settings.userName);
  const [autosave, setAutosave] = useState(String(settings.autosaveSeconds));
  const [threshold, setThreshold] = useState(String(Math.round(settings.lowScoreThreshold * 100)));
  const [spelling, setSpelling] = useState(settings.spelling);
  const [dictionary, setDictionary] = useState(settings.dictionary);
  const seconds = Number(autosave);
  const percent = Number(threshold);
  const secondsOk = Number.isInteger(seconds) && seconds >= 1 && seconds <= 600;
  const percentOk = Number.isFinite(percent) && percent >= 0 && percent <= 100;
  const save = async (): Promise<void> => {
    if (!secondsOk || !percentOk) return;
    await onSave({ userName: userName.trim(), autosaveSeconds: seconds, lowScoreThreshold: percent / 100, spelling, dictionary });
    onClose();
  };
  return (
    <Modal title={t('preferences.title')} onClose={onClose} testId="preferences">
      <form
        className="preferences"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          <span>{t('preferences.userName')}</span>
          <input value={userName} maxLength={200} onChange={(e) => setUserName(e.target.value)} placeholder={t('preferences.userNameHint')} autoFocus />
        </label>
        <label>
          <span>{t('preferences.autosave')}</span>
          <input type="number" min={1} max={600} value={autosave} onChange={(e) => setAutosave(e.target.value)} aria-invalid={!secondsOk} />
        </label>
        {!secondsOk ? <p className="field-error" role="alert">{t('preferences.autosaveError')}</p> : null}
        <label>
          <span>{t('preferences.threshold')}</span>
          <input type="number" min={0} max={100} value={threshold} onChange={(e) => setThreshold(e.target.value)} aria-invalid={!percentOk} />
        </label>
        {!percentOk ? <p className="field-error" role="alert">{t('preferences.thresholdError')}</p> : null}
        <label>
          <span>{t('spelling.label')}</span>
          <select value={spelling} onChange={(e) => setSpelling(e.target.value as Settings['spelling'])}>
            <option value="en-GB">{t('spelling.en-GB')}</option>
            <option value="en-US">{t('spelling.en-US')}</option>
            <option value="off">{t('spelling.off')}</option>
          </select>
        </label>
        <fieldset>
          <legend>{t('preferences.dictionary', { count: dictionary.length, formatted: new Intl.NumberFormat(undefined).format(dictionary.length) })}</legend>
          {dictionary.length === 0 ? <p className="muted">{t('preferences.dictionaryEmpty')}</p> : null}
          <ul className="dictionary-words" data-testid="dictionary-words">
            {dictionary.map((w) => (
              <li key={w}>
                <bdi lang="en">{w}</bdi>
                <button type="button" className="link" aria-label={t('preferences.removeWord', { word: w })} onClick={() => setDictionary((d) => d.filter((x) => x !== w))}>
                  {t('preferences.remove')}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>{t('preferences.cancel')}</button>
          <button type="submit" className="primary" disabled={!secondsOk || !percentOk}>{t('preferences.save')}</button>
        </div>
      </form>
    </Modal>
  );
}
