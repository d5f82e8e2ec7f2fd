// "Notify me once a day when follow-ups are due" (Settings, off by default): when the setting is
// on and something is due, one notification through the platform, remembered by day in the
// settings table so a restart the same day does not repeat it. On the web the platform shows it
// only if the user granted the permission (asked for when they turned the setting on).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { useFormatters } from '../../i18n/format';
import { setSetting } from '../../data/writes/settings-writes';
import type { FollowUpPreferences } from './use-follow-up-settings';
import { userCalendar } from './user-calendar';

export function useDueNotification(
  dueCount: number | undefined,
  now: number | undefined,
  settings: FollowUpPreferences | undefined,
): void {
  const db = useDatabase();
  const platform = usePlatform();
  const { t } = useTranslation('follow-ups');
  const format = useFormatters();
  const day = now === undefined ? undefined : userCalendar().dayKey(now);
  const shouldNotify =
    settings?.notify === true &&
    dueCount !== undefined &&
    dueCount > 0 &&
    day !== undefined &&
    settings.lastNotifiedDay !== day;

  useEffect(() => {
    if (!shouldNotify || day === undefined || dueCount === undefined) return;
    void setSetting(db, 'followUps.lastNotifiedDay', day).then(() =>
      platform.showNotification({
        title: t('settings.notificationTitle', {
          count: dueCount,
          formattedCount: format.number(dueCount),
        }),
        body: t('settings.notificationBody'),
      }),
    );
  }, [shouldNotify, day, dueCount, db, platform, t, format]);
}
