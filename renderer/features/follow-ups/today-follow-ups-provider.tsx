// The Today view's sections, live: recomputed when anything the rules read changes, when the
// follow-up settings change, and every minute (so a new day starts on its own). Computed once for
// the whole window: the navigation's count and the Today screen read the same result.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import type { TodayFollowUps } from '../../../shared/follow-ups/classify-follow-ups';
import { useDatabase } from '../../app/database-context';
import { loadTodayFollowUps } from './today-inputs';
import { useFollowUpSettings } from './use-follow-up-settings';
import { useNow } from './use-now';
import { userCalendar } from './user-calendar';

export interface TodayView extends TodayFollowUps {
  now: number;
}

/** `view` is undefined while the first computation runs. */
const TodayContext = createContext<{ view: TodayView | undefined } | null>(null);

function useLiveTodayFollowUps(): TodayView | undefined {
  const db = useDatabase();
  const settings = useFollowUpSettings();
  const now = useNow();
  const windowDays = settings?.followUpWindowDays;
  const checkInDays = settings?.introductionCheckInDays;
  return useLiveQuery(async () => {
    if (windowDays === undefined || checkInDays === undefined) return undefined;
    const sections = await loadTodayFollowUps(
      db,
      { followUpWindowDays: windowDays, introductionCheckInDays: checkInDays },
      userCalendar(),
      now,
    );
    return { ...sections, now };
  }, [db, windowDays, checkInDays, now]);
}

export function TodayFollowUpsProvider({ children }: { children: ReactNode }) {
  const view = useLiveTodayFollowUps();
  return <TodayContext.Provider value={{ view }}>{children}</TodayContext.Provider>;
}

export function useTodayFollowUps(): TodayView | undefined {
  const today = useContext(TodayContext);
  if (!today) throw new Error('useTodayFollowUps needs a TodayFollowUpsProvider above it.');
  return today.view;
}
