// What the window shows when the database cannot be opened: why, in words, what to do about it,
// a Reload button, a way to recover the data (save it raw to a file, or restore a backup over
// it: features/backup/boot-recovery.tsx), and the technical details for a bug report.
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Platform } from '../../shared/platform/platform';
import { BootRecovery } from '../features/backup/boot-recovery';
import type { BootFailure } from './boot';
import { describeError } from './error-fallback';

const ADVICE = {
  'newer-version': 'boot.newerVersion',
  unavailable: 'boot.unavailable',
  'upgrade-backup': 'backup:bootRecovery.upgradeBackupFailed',
  generic: 'boot.generic',
} as const satisfies Record<BootFailure, string>;

export interface BootErrorScreenProps {
  i18n: I18n;
  failure: BootFailure;
  error: unknown;
  platform: Platform;
  databaseName: string;
  onShown(): void;
  reload?(): void;
}

export function BootErrorScreen(props: BootErrorScreenProps) {
  const { onShown } = props;
  useEffect(() => onShown(), [onShown]);
  return (
    <I18nextProvider i18n={props.i18n}>
      <BootErrorMessage {...props} />
    </I18nextProvider>
  );
}

function BootErrorMessage({
  failure,
  error,
  platform,
  databaseName,
  reload = () => location.reload(),
}: BootErrorScreenProps) {
  const { t } = useTranslation(['app', 'backup']);
  return (
    <main className="boot-error" role="alert">
      <h1>{t('boot.errorTitle')}</h1>
      <p>{t(ADVICE[failure])}</p>
      <p>
        <button type="button" className="button button--primary" onClick={reload}>
          {t('boot.reload')}
        </button>
      </p>
      {failure !== 'unavailable' && (
        <BootRecovery platform={platform} databaseName={databaseName} reload={reload} />
      )}
      <details className="error-panel__details">
        <summary>{t('boot.details')}</summary>
        <pre>{describeError(error)}</pre>
      </details>
    </main>
  );
}
