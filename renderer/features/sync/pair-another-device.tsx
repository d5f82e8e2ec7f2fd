// "Pair another device": a fresh pairing code for another device of this user (10 minutes, once).
import { useTranslation } from 'react-i18next';
import type { SyncIssuedCode } from '../../sync/sync-api-client';
import type { SyncConfig } from '../../sync/sync-config';
import { OneTimeCode } from './one-time-code';
import { formatSyncTime } from './sync-status-text';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export interface PairAnotherDeviceProps {
  config: SyncConfig;
  /** The code shown, or null once the device it paired appeared (the code is then spent). */
  issued: SyncIssuedCode | null;
  onIssued(code: SyncIssuedCode): void;
}

export function PairAnotherDevice({ config, issued, onIssued }: PairAnotherDeviceProps) {
  const { t, i18n } = useTranslation('sync');
  const apiFor = useSyncApi();
  const request = useSyncRequest();

  const issue = () =>
    request.run(async () => {
      const api = await apiFor(config.serverUrl);
      onIssued(await api.issuePairingCode(config.token));
    });

  return (
    <div className="settings-section__actions">
      <button type="button" className="button" disabled={request.busy} onClick={() => void issue()}>
        {t('paired.pairAnother')}
      </button>
      {request.error && (
        <p role="alert" className="sync-error">
          {request.error}
        </p>
      )}
      {issued && (
        <OneTimeCode
          code={issued.code}
          testId="pairing-code"
          alt={t('paired.qrAlt', { code: issued.code })}
          hint={t('paired.pairingCodeHint', {
            time: formatSyncTime(issued.expiresAt, i18n.language),
          })}
        />
      )}
    </div>
  );
}
