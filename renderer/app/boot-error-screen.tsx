// What the window shows when the database cannot be opened: why, in words, what to do about it,
// a Reload button, and the technical details for a bug report.
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { BootFailure } from './boot';
import { describeError } from './error-fallback';

const ADVICE = {
  'newer-version': 'boot.newerVersion',
  unavailable: 'boot.unavailable',
  generic: 'boot.generic',
} as const satisfies Record<BootFailure, string>;

export function BootErrorScreen(props: {
  i18n: I18n;
  failure: BootFailure;
  error: unknown;
  onShown(): void;
}) {
  const { onShown } = props;
  useEffect(() => onShown(), [onShown]);
  return (
    <I18nextProvider i18n={props.i18n}>
      <BootErrorMessage failure={props.failure} error={props.error} />
    </I18nextProvider>
  );
}

function BootErrorMessage({ failure, error }: { failure: BootFailure; error: unknown }) {
  const { t } = useTranslation();
  return (
    <main className="boot-error" role="alert">
      <h1>{t('boot.errorTitle')}</h1>
      <p>{t(ADVICE[failure])}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => location.reload()}>
          {t('boot.reload')}
        </button>
      </p>
      <details className="error-panel__details">
        <summary>{t('boot.details')}</summary>
        <pre>{describeError(error)}</pre>
      </details>
    </main>
  );
}
