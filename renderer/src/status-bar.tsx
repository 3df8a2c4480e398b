/** The status bar: segments, words, progress, save state. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../app/core/project/model';
import { projectStats } from '../../app/core/project/stats';
import type { Settings } from '../../app/contract/api';

export interface StatusBarProps {
  project: Project;
  dirty: boolean;
  savedAt: string | null;
  transport: string;
  spelling: Settings['spelling'];
  onSpelling(value: Settings['spelling']): void;
}

export function StatusBar({ project, dirty, savedAt, transport, spelling, onSpelling }: StatusBarProps) {
  const { t, i18n } = useTranslation();
  const stats = useMemo(() => projectStats(project), [project]);
  const nf = new Intl.NumberFormat(i18n.language);
  const time = savedAt ? new Date(savedAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : '';
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="status-segments">{t('status.segments', { count: stats.segments, formatted: nf.format(stats.segments) })}</span>
      <span data-testid="status-words">{t('status.words', { source: nf.format(stats.sourceWords), target: nf.format(stats.targetWords) })}</span>
      <span className="progress" data-testid="status-progress">
        <span className="progress-bar" aria-hidden="true">
          <span style={{ inlineSize: `${stats.percent}%` }} />
        </span>
        {t('status.progress', { percent: nf.format(stats.percent) })}
      </span>
      <span className="spacer" />
      <label className="spelling">
        <span>{t('spelling.label')}</span>
        <select value={spelling} onChange={(e) => onSpelling(e.target.value as Settings['spelling'])} data-testid="spelling-select">
          <option value="en-GB">{t('spelling.en-GB')}</option>
          <option value="en-US">{t('spelling.en-US')}</option>
          <option value="off">{t('spelling.off')}</option>
        </select>
      </label>
      <span data-testid="status-saved">{dirty ? t('status.unsaved') : savedAt ? t('status.saved', { time }) : ''}</span>
      <span className="transport">{t(`status.transport.${transport}`)}</span>
    </footer>
  );
}
