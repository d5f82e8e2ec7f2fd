// The follow-up settings (Settings screen), live: the rules' windows and the daily notification.
import { useLiveQuery } from 'dexie-react-hooks';
import type { FollowUpSettings } from '../../../shared/follow-ups/suggested-follow-up';
import { useDatabase } from '../../app/database-context';
import { getSetting } from '../../repositories/settings-repository';

export interface FollowUpPreferences extends FollowUpSettings {
  notify: boolean;
  lastNotifiedDay: string;
}

export function useFollowUpSettings(): FollowUpPreferences | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [followUpWindowDays, introductionCheckInDays, notify, lastNotifiedDay] =
      await Promise.all([
        getSetting(db, 'followUps.windowDays'),
        getSetting(db, 'followUps.introductionCheckInDays'),
        getSetting(db, 'followUps.notify'),
        getSetting(db, 'followUps.lastNotifiedDay'),
      ]);
    return { followUpWindowDays, introductionCheckInDays, notify, lastNotifiedDay };
  }, [db]);
}
