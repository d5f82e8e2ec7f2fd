// "Share a series…": picks one of the series of this device's events, creates a shared space for
// it on the server and adds the space to this device's sync (with a fresh token carrying it).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalFrame } from '../../app/modal-frame';
import type { SyncConfig } from '../../sync/sync-config';
import { useSeriesNames } from '../events/use-series-names';
import { useGrantRefresh } from './use-grant-refresh';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function ShareSeriesDialog({ config, onClose }: { config: SyncConfig; onClose(): void }) {
  const { t } = useTranslation('sync');
  const apiFor = useSyncApi();
  const refreshGrants = useGrantRefresh();
  const request = useSyncRequest();
  const seriesId = useId();
  const shared = new Set(config.spaces.map((space) => space.series));
  const choices = useSeriesNames().filter((name) => !shared.has(name));
  const [chosen, setChosen] = useState<string | null>(null);
  const series = chosen ?? choices[0] ?? null;

  const share = async () => {
    if (series === null) return;
    const done = await request.run(async () => {
      const api = await apiFor(config.serverUrl);
      const created = await api.createSpace(config.token, series);
      await refreshGrants(created.token);
    });
    if (done) onClose();
  };

  return (
    <ModalFrame title={t('spaces.shareTitle')} className="sync-dialog" onClose={onClose}>
      <p>{t('spaces.shareBody')}</p>
      {choices.length === 0 ? (
        <p className="muted">{t('spaces.noSeries')}</p>
      ) : (
        <div className="field">
          <label htmlFor={seriesId}>{t('spaces.series')}</label>
          <select
            id={seriesId}
            data-autofocus
            value={series ?? ''}
            onChange={(event) => setChosen(event.target.value)}
          >
            {choices.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      {request.error && (
        <p role="alert" className="sync-error">
          {request.error}
        </p>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={request.busy || series === null}
          onClick={() => void share()}
        >
          {request.busy ? t('spaces.sharing') : t('spaces.shareConfirm')}
        </button>
      </div>
    </ModalFrame>
  );
}
