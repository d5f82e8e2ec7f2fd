// "Pair another device": a fresh pairing code for another device of this user (10 minutes, once).
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { SyncIssuedCode } from '../../sync/sync-api-client';
import type { SyncConfig } from '../../sync/sync-config';
import { OneTimeCode } from './one-time-code';
import { formatSyncTime } from './sync-status-text';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function PairAnotherDevice({ config }: { config: SyncConfig }) {
  const { t, i18n } = useTranslation('sync');
  const apiFor = useSyncApi();
  const request = useSyncRequest();
  const [issued, setIssued] = useState<SyncIssuedCode | null>(null);

  const issue = () =>
    request.run(async () => {
      const api = await apiFor(config.serverUrl);
      setIssued(await api.issuePairingCode(config.token));
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
