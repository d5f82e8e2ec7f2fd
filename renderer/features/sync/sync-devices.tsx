// This user's devices as the server lists them, each but this one with "Revoke <name>" (after a
// confirmation): the server closes its connections at once and refuses it from then on.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { useFormatters } from '../../i18n/format';
import type { SyncDevice } from '../../sync/sync-api-client';
import type { SyncConfig } from '../../sync/sync-config';
import { useLoadOnFocus } from './use-load-on-focus';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function SyncDevices({ config }: { config: SyncConfig }) {
  const { t } = useTranslation('sync');
  const format = useFormatters();
  const apiFor = useSyncApi();
  const request = useSyncRequest();
  const { run } = request;
  const [devices, setDevices] = useState<SyncDevice[] | null>(null);
  const [revoking, setRevoking] = useState<SyncDevice | null>(null);
  const { serverUrl, token } = config;

  const load = useCallback(
    () =>
      run(async () => {
        const api = await apiFor(serverUrl);
        setDevices(await api.listDevices(token));
      }),
    [run, apiFor, serverUrl, token],
  );
  useLoadOnFocus(load);

  const revoke = async (device: SyncDevice) => {
    setRevoking(null);
    const done = await run(async () => {
      const api = await apiFor(serverUrl);
      await api.revokeDevice(token, device.deviceId);
    });
    if (done) await load();
  };

  const label = (device: SyncDevice) => {
    if (device.deviceId === config.deviceId) return t('devices.thisDevice', { name: device.name });
    if (device.revoked) return t('devices.revoked', { name: device.name });
    return device.name;
  };

  return (
    <div>
      <h3>{t('devices.heading')}</h3>
      {devices === null && !request.error && <p className="muted">{t('devices.loading')}</p>}
      {request.error && (
        <p role="alert" className="sync-error">
          {request.error}
        </p>
      )}
      {devices && (
        <ul className="sync-list" data-testid="sync-devices">
          {devices.map((device) => (
            <li key={device.deviceId} className="sync-list__item">
              <span className="sync-list__name">{label(device)}</span>
              <span className="muted">
                {t('devices.paired', { date: format.date(device.pairedAt) })}
              </span>
              {device.deviceId !== config.deviceId && !device.revoked && (
                <button
                  type="button"
                  className="button"
                  disabled={request.busy}
                  onClick={() => setRevoking(device)}
                >
                  {t('devices.revoke', { name: device.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {revoking && (
        <ConfirmDialog
          title={t('devices.revokeTitle', { name: revoking.name })}
          body={t('devices.revokeBody', { name: revoking.name })}
          confirmLabel={t('devices.revokeConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      )}
    </div>
  );
}
