// A paired device joining one more shared space: the invitation's grant goes to this device's
// user (the request carries its token), and the answer's fresh token and spaces are saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import type { SyncConfig } from '../../sync/sync-config';
import { saveSyncConfig, syncSpacesOf } from './sync-config-changes';
import { TextField } from './text-field';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

export function JoinWithInvitation({ config }: { config: SyncConfig }) {
  const { t } = useTranslation('sync');
  const db = useDatabase();
  const apiFor = useSyncApi();
  const request = useSyncRequest();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);

  const join = async () => {
    if (!code.trim()) return setMissing(true);
    const done = await request.run(async () => {
      const api = await apiFor(config.serverUrl);
      const answer = await api.redeemInvite({
        code: code.trim(),
        deviceName: config.deviceName,
        token: config.token,
      });
      const spaces = syncSpacesOf(answer.spaces);
      await saveSyncConfig(db, { ...config, token: answer.token, spaces });
    });
    if (done) setCode('');
  };

  return (
    <>
      <h3>{t('unpaired.joinHeading')}</h3>
      <form
        className="sync-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void join();
        }}
      >
        <TextField
          label={t('unpaired.invitationCode')}
          value={code}
          onChange={(value) => {
            setCode(value);
            setMissing(false);
          }}
          error={missing ? t('errors.noCode') : null}
        />
        <div className="settings-section__actions">
          <button type="submit" className="button" disabled={request.busy}>
            {request.busy ? t('unpaired.joining') : t('unpaired.join')}
          </button>
        </div>
        {request.error && (
          <p role="alert" className="sync-error sync-form__message">
            {request.error}
          </p>
        )}
      </form>
    </>
  );
}
