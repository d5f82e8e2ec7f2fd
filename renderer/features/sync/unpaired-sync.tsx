// Settings → Sync before this device is paired: the server's URL and this device's name, then
// either a pairing code (a device of the server's owner, or of a user who has one paired) or an
// invitation code (a co-organizer's device with no pairing of its own: it joins only that space).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseSyncServerUrl } from '../../../shared/sync/sync-url';
import { useDatabase } from '../../app/database-context';
import { useAppInfo } from '../settings/use-app-info';
import { defaultDeviceName } from './default-device-name';
import { configFromAnswer, saveSyncConfig } from './sync-config-changes';
import { TextField } from './text-field';
import { useSyncApi } from './use-sync-api';
import { useSyncRequest } from './use-sync-request';

type Problem = 'badServerUrl' | 'noDeviceName' | 'noPairingCode' | 'noInvitationCode';

export function UnpairedSync() {
  const { t } = useTranslation('sync');
  const db = useDatabase();
  const apiFor = useSyncApi();
  const info = useAppInfo();
  const [serverUrl, setServerUrl] = useState('');
  const [deviceName, setDeviceName] = useState<string | null>(null);
  const [pairingCode, setPairingCode] = useState('');
  const [invitationCode, setInvitationCode] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const pairing = useSyncRequest();
  const joining = useSyncRequest();
  const name = deviceName ?? (info ? defaultDeviceName(t, info.os) : '');

  /** A field's change, which also clears what was said about the fields. */
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setProblem(null);
  };

  /** The checked URL and name, or null after saying what is missing. */
  const checked = (code: string, missingCode: Problem) => {
    if (!parseSyncServerUrl(serverUrl)) return (setProblem('badServerUrl'), null);
    if (!name.trim()) return (setProblem('noDeviceName'), null);
    if (!code.trim()) return (setProblem(missingCode), null);
    return { serverUrl: serverUrl.trim(), deviceName: name.trim(), code: code.trim() };
  };

  const pair = async () => {
    const device = checked(pairingCode, 'noPairingCode');
    if (!device) return;
    await pairing.run(async () => {
      const api = await apiFor(device.serverUrl);
      const answer = await api.pair({ code: device.code, deviceName: device.deviceName });
      await saveSyncConfig(db, configFromAnswer(answer, device));
    });
  };

  const join = async () => {
    const device = checked(invitationCode, 'noInvitationCode');
    if (!device) return;
    await joining.run(async () => {
      const api = await apiFor(device.serverUrl);
      const answer = await api.redeemInvite({ code: device.code, deviceName: device.deviceName });
      await saveSyncConfig(db, configFromAnswer(answer, device));
    });
  };

  const busy = pairing.busy || joining.busy;
  return (
    <>
      <p>{t('unpaired.body')}</p>
      <form
        className="sync-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void pair();
        }}
      >
        <TextField
          label={t('unpaired.serverUrl')}
          value={serverUrl}
          onChange={edit(setServerUrl)}
          hint={t('unpaired.serverUrlHint')}
          error={problem === 'badServerUrl' ? t('errors.badServerUrl') : null}
          autoComplete="url"
        />
        <TextField
          label={t('unpaired.deviceName')}
          value={name}
          onChange={edit(setDeviceName)}
          error={problem === 'noDeviceName' ? t('errors.noDeviceName') : null}
        />
        <TextField
          label={t('unpaired.pairingCode')}
          value={pairingCode}
          onChange={edit(setPairingCode)}
          error={problem === 'noPairingCode' ? t('errors.noCode') : null}
        />
        <div className="settings-section__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {pairing.busy ? t('unpaired.pairing') : t('unpaired.pair')}
          </button>
        </div>
        {pairing.error && (
          <p role="alert" className="sync-error sync-form__message">
            {pairing.error}
          </p>
        )}
      </form>
      <h3>{t('unpaired.joinHeading')}</h3>
      <p>{t('unpaired.joinBody')}</p>
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
          value={invitationCode}
          onChange={edit(setInvitationCode)}
          error={problem === 'noInvitationCode' ? t('errors.noCode') : null}
        />
        <div className="settings-section__actions">
          <button type="submit" className="button" disabled={busy}>
            {joining.busy ? t('unpaired.joining') : t('unpaired.join')}
          </button>
        </div>
        {joining.error && (
          <p role="alert" className="sync-error sync-form__message">
            {joining.error}
          </p>
        )}
      </form>
    </>
  );
}
