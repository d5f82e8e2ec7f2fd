// "Invite to <series>": the role the invited person gets, then a one-time invitation code (and its
// QR code) valid for 7 days, which they enter under "Join a shared space".
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalFrame } from '../../app/modal-frame';
import { useFormatters } from '../../i18n/format';
import type { SyncIssuedCode } from '../../sync/sync-api-client';
import type { SpaceRole, SyncConfig, SyncSpace } from '../../sync/sync-config';
import { OneTimeCode } from './one-time-code';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function InviteDialog({
  config,
  space,
  series,
  onClose,
}: {
  config: SyncConfig;
  space: SyncSpace;
  series: string;
  onClose(): void;
}) {
  const { t } = useTranslation('sync');
  const format = useFormatters();
  const apiFor = useSyncApi();
  const request = useSyncRequest();
  const roleId = useId();
  const [role, setRole] = useState<SpaceRole>('viewer');
  const [issued, setIssued] = useState<SyncIssuedCode | null>(null);

  const create = () =>
    request.run(async () => {
      const api = await apiFor(config.serverUrl);
      setIssued(await api.createInvite(config.token, space.spaceId, role));
    });

  return (
    <ModalFrame title={t('invite.title', { series })} className="sync-dialog" onClose={onClose}>
      <p>{t('invite.body')}</p>
      <div className="field">
        <label htmlFor={roleId}>{t('invite.role')}</label>
        <select
          id={roleId}
          data-autofocus
          value={role}
          onChange={(event) => setRole(event.target.value === 'organizer' ? 'organizer' : 'viewer')}
        >
          <option value="organizer">{t('spaces.organizer')}</option>
          <option value="viewer">{t('spaces.viewer')}</option>
        </select>
      </div>
      {request.error && (
        <p role="alert" className="sync-error">
          {request.error}
        </p>
      )}
      {issued && (
        <OneTimeCode
          code={issued.code}
          testId="invite-code"
          alt={t('invite.qrAlt', { code: issued.code })}
          hint={t('invite.codeHint', { date: format.date(issued.expiresAt) })}
        />
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={request.busy}
          onClick={() => void create()}
        >
          {request.busy ? t('invite.creating') : t('invite.create')}
        </button>
      </div>
    </ModalFrame>
  );
}
