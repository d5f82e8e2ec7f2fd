// The members of a shared space (each named by their devices), with "Remove <member>" for an
// organizer: the server withdraws that member's grant and closes their connections to the space.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncMember } from '../../sync/sync-api-client';
import type { SyncConfig, SyncSpace } from '../../sync/sync-config';
import { useLoadOnFocus } from './use-load-on-focus';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function SpaceMembers({ config, space }: { config: SyncConfig; space: SyncSpace }) {
  const { t } = useTranslation('sync');
  const apiFor = useSyncApi();
  const request = useSyncRequest();
  const { run } = request;
  const [members, setMembers] = useState<SyncMember[] | null>(null);
  const { serverUrl, token } = config;

  const load = useCallback(
    () =>
      run(async () => {
        const api = await apiFor(serverUrl);
        setMembers(await api.listMembers(token, space.spaceId));
      }),
    [run, apiFor, serverUrl, token, space.spaceId],
  );
  useLoadOnFocus(load);

  const remove = async (member: SyncMember) => {
    const done = await run(async () => {
      const api = await apiFor(serverUrl);
      await api.removeMember(token, space.spaceId, member.userId);
    });
    if (done) await load();
  };

  const nameOf = (member: SyncMember) =>
    member.deviceNames.length > 0 ? member.deviceNames.join(', ') : t('spaces.noDevices');

  return (
    <>
      {request.error && (
        <p role="alert" className="sync-error">
          {request.error}
        </p>
      )}
      {members && (
        <ul className="sync-members" aria-label={t('spaces.members')}>
          {members.map((member) => {
            const you = member.userId === config.userId;
            const name = you ? t('spaces.you') : nameOf(member);
            return (
              <li key={member.userId}>
                {name} <span className="muted">({t(`spaces.${member.role}`)})</span>
                {!you && space.role === 'organizer' && (
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={request.busy}
                    onClick={() => void remove(member)}
                  >
                    {t('spaces.remove', { member: name })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
