// What a crashed screen shows: what happened in words, that the data is safe (it lives in
// IndexedDB, not in the crashed component), a Reload button, and the details for a bug report.
import { useTranslation } from 'react-i18next';

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function ErrorFallback({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="error-panel" role="alert">
      <h2>{t('errorBoundary.title')}</h2>
      <p>{t('errorBoundary.body')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => location.reload()}>
          {t('errorBoundary.reload')}
        </button>
      </p>
      <details className="error-panel__details">
        <summary>{t('errorBoundary.details')}</summary>
        <pre>{describeError(error)}</pre>
      </details>
    </div>
  );
}
