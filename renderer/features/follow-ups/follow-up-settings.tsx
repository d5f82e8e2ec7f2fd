// The follow-up section of Settings: the meeting follow-up window, the introduction check-in
// delay and the daily notification. On the web, turning the notification on is the one moment
// Hallway asks the browser for permission to notify (never on its own).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { setSetting } from '../../data/writes/settings-writes';
import type { SettingKey } from '../../repositories/settings-repository';
import { useFollowUpSettings } from './use-follow-up-settings';

function DaysField({
  label,
  value,
  max,
  settingKey,
}: {
  label: string;
  value: number;
  max: number;
  settingKey: Extract<SettingKey, 'followUps.windowDays' | 'followUps.introductionCheckInDays'>;
}) {
  const db = useDatabase();
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={max}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          const days = event.target.valueAsNumber;
          if (Number.isInteger(days) && days >= 1 && days <= max) {
            void setSetting(db, settingKey, days);
          }
        }}
      />
    </div>
  );
}

async function mayNotify(kind: 'desktop' | 'web'): Promise<boolean> {
  if (kind === 'desktop') return true;
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'granted') return true;
  return (await Notification.requestPermission()) === 'granted';
}

export function FollowUpSettings() {
  const { t } = useTranslation('follow-ups');
  const db = useDatabase();
  const platform = usePlatform();
  const settings = useFollowUpSettings();
  const [denied, setDenied] = useState(false);
  if (!settings) return null;
  return (
    <section className="settings-section">
      <h2>{t('settings.heading')}</h2>
      <DaysField
        label={t('settings.windowDays')}
        value={settings.followUpWindowDays}
        max={60}
        settingKey="followUps.windowDays"
      />
      <DaysField
        label={t('settings.checkInDays')}
        value={settings.introductionCheckInDays}
        max={365}
        settingKey="followUps.introductionCheckInDays"
      />
      <label className="settings-field settings-field--check">
        <input
          type="checkbox"
          checked={settings.notify}
          onChange={async (event) => {
            const on = event.target.checked;
            const allowed = !on || (await mayNotify(platform.kind));
            setDenied(!allowed);
            await setSetting(db, 'followUps.notify', on && allowed);
          }}
        />
        {t('settings.notify')}
      </label>
      {denied && (
        <p className="muted" role="status">
          {t('settings.notifyDenied')}
        </p>
      )}
    </section>
  );
}
