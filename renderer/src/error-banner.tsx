/** A user-facing error: what happened in the user's language, the host's message naming the file, and reassurance. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/contract/api';

export interface ShownError {
  code: string;
  message: string;
}

export function toShownError(e: unknown): ShownError {
  if (e instanceof ApiError) return { code: e.payload.code, message: e.payload.message };
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

export function ErrorBanner({ error, onDismiss }: { error: ShownError; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div>
        <strong>{t(`errors.${error.code}`, { defaultValue: t('errors.error') })}</strong>{' '}
        <span>{t('errors.keptOpen')}</span>
        <div className="error-detail">
          <bdi>{t('errors.detail', { message: error.message })}</bdi>
        </div>
      </div>
      <button type="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
