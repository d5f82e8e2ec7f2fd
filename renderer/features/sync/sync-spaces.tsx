// The spaces this device syncs: the personal one ("All your data") and each shared series, with
// its members, "Invite to <series>" for organizers and "Leave <series>" (after a confirmation);
// "Share a series…" makes a new shared space. Leaving or sharing changes the user's grants, so
// the token is refreshed and saved with the new spaces.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/confirm-dialog';
import type { SyncConfig, SyncSpace } from '../../sync/sync-config';
import { InviteDialog } from './invite-dialog';
import { ShareSeriesDialog } from './share-series-dialog';
import { SpaceMembers } from './space-members';
import { useGrantRefresh } from './use-grant-refresh';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function SyncSpaces({ config }: { config: SyncConfig }) {
  const { t } = useTranslation('sync');
  const apiFor = useSyncApi();
  const refreshGrants = useGrantRefresh();
  const request = useSyncRequest();
  const [inviting, setInviting] = useState<SyncSpace | null>(null);
  const [leaving, setLeaving] = useState<SyncSpace | null>(null);
  const [sharing, setSharing] = useState(false);
  const spaces = [...config.spaces].sort(
    (a, b) => Number(a.kind === 'shared') - Number(b.kind === 'shared'),
  );
  const seriesOf = (space: SyncSpace) => space.series ?? t('spaces.unnamed');

  const leave = async (space: SyncSpace) => {
    setLeaving(null);
    await request.run(async () => {
      const api = await apiFor(config.serverUrl);
      const { token } = await api.leaveSpace(config.token, space.spaceId);
      await refreshGrants(token);
    });
  };

  return (
    <div>
      <h3>{t('spaces.heading')}</h3>
      {request.error && (
        <p role="alert" className="sync-error">
          {request.error}
        </p>
      )}
      <ul className="sync-list" data-testid="sync-spaces">
        {spaces.map((space) =>
          space.kind === 'personal' ? (
            <li key={space.spaceId} className="sync-list__item">
              <span className="sync-list__name">{t('spaces.personal')}</span>
              <span className="muted">{t('spaces.personalHint')}</span>
            </li>
          ) : (
            <li key={space.spaceId} className="sync-list__item">
              <span className="sync-list__name">{seriesOf(space)}</span>
              <span className="muted">
                {t('spaces.sharedRole', { role: t(`spaces.${space.role}`) })}
              </span>
              {space.role === 'organizer' && (
                <button type="button" className="button" onClick={() => setInviting(space)}>
                  {t('spaces.invite', { series: seriesOf(space) })}
                </button>
              )}
              <button
                type="button"
                className="button"
                disabled={request.busy}
                onClick={() => setLeaving(space)}
              >
                {t('spaces.leave', { series: seriesOf(space) })}
              </button>
              <SpaceMembers config={config} space={space} />
            </li>
          ),
        )}
      </ul>
      <div className="settings-section__actions">
        <button type="button" className="button" onClick={() => setSharing(true)}>
          {t('spaces.share')}
        </button>
      </div>
      {sharing && <ShareSeriesDialog config={config} onClose={() => setSharing(false)} />}
      {inviting && (
        <InviteDialog
          config={config}
          space={inviting}
          series={seriesOf(inviting)}
          onClose={() => setInviting(null)}
        />
      )}
      {leaving && (
        <ConfirmDialog
          title={t('spaces.leaveTitle', { series: seriesOf(leaving) })}
          body={t('spaces.leaveBody', { series: seriesOf(leaving) })}
          confirmLabel={t('spaces.leaveConfirm')}
          cancelLabel={t('cancel')}
          onConfirm={() => void leave(leaving)}
          onCancel={() => setLeaving(null)}
        />
      )}
    </div>
  );
}
