// Settings → Sync on a paired device: sync on or off, the status, pairing another device, the
// devices, the spaces, joining one more by invitation, and forgetting the server. On opening, it asks the server for the user's
// current grants, so a space shared or left from another device reaches this one's config too.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import type { SyncConfig } from '../../sync/sync-config';
import { useSyncStore } from '../../sync/sync-store';
import { FirstSyncProgress } from './first-sync-progress';
import { JoinWithInvitation } from './join-with-invitation';
import { PairAnotherDevice } from './pair-another-device';
import { refreshedConfig, saveSyncConfig } from './sync-config-changes';
import { SyncDevices } from './sync-devices';
import { SyncSpaces } from './sync-spaces';
import { syncStatusText } from './sync-status-text';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function PairedSync({ config }: { config: SyncConfig }) {
  const { t, i18n } = useTranslation('sync');
  const db = useDatabase();
  const platform = usePlatform();
  const status = useSyncStore((state) => state.status);
  const apiFor = useSyncApi();
  const refresh = useSyncRequest();
  const enabledId = useId();
  const [forgetting, setForgetting] = useState(false);
  const { deviceId, serverUrl } = config;

  useEffect(() => {
    void refresh.run(async () => {
      const current = useSyncStore.getState().config;
      if (!current) return;
      const answer = await (await apiFor(serverUrl)).refreshToken(current.token);
      const next = refreshedConfig(current, answer);
      if (next) await saveSyncConfig(db, next);
    });
    // Once per pairing: a saved config (new token) must not ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deviceId, serverUrl]);

  const forget = async () => {
    setForgetting(false);
    await saveSyncConfig(db, null);
    await platform.allowSyncOrigin(null);
  };

  return (
    <>
      <dl className="facts">
        <dt>{t('paired.server')}</dt>
        <dd>{config.serverUrl}</dd>
        <dt>{t('paired.thisDevice')}</dt>
        <dd>{config.deviceName}</dd>
      </dl>
      <div className="field">
        <input
          id={enabledId}
          type="checkbox"
          checked={config.enabled}
          onChange={(event) =>
            void saveSyncConfig(db, { ...config, enabled: event.target.checked })
          }
        />
        <label htmlFor={enabledId}>{t('paired.enabled')}</label>
      </div>
      <p role="status" className={status.kind === 'error' ? 'sync-error' : undefined}>
        {t('status.current', { status: syncStatusText(t, status, i18n.language) })}
      </p>
      <FirstSyncProgress variant="settings" />
      {refresh.error && (
        <p role="alert" className="sync-error">
          {refresh.error}
        </p>
      )}
      <PairAnotherDevice config={config} />
      <SyncDevices config={config} />
      <SyncSpaces config={config} />
      <JoinWithInvitation config={config} />
      <div className="settings-section__actions">
        <button type="button" className="button button--danger" onClick={() => setForgetting(true)}>
          {t('paired.forget')}
        </button>
      </div>
      {forgetting && (
        <ConfirmDialog
          title={t('paired.forgetTitle')}
          body={t('paired.forgetBody')}
          confirmLabel={t('paired.forgetConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => void forget()}
          onCancel={() => setForgetting(false)}
        />
      )}
    </>
  );
}
