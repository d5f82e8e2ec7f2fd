// The Today view's page, live: recomputed when anything the rules read changes, when the
// follow-up settings change, and every minute (so a new day starts on its own). Computed once for
// the whole window: the navigation's count and the Today screen read the same result. How many
// items of each section are read is the screen's "Show more" (PAGE at first).
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { PerSection, TodayPage, TodaySection } from '../../../shared/follow-ups/today-page';
import { useDatabase } from '../../app/database-context';
import { readTodayPage } from './read-today-page';
import { useFollowUpSettings } from './use-follow-up-settings';
import { useNow } from './use-now';
import { userCalendar } from './user-calendar';

/** Items shown per section at first, and added by each "Show more". */
export const PAGE = 30;

export interface TodayView extends TodayPage {
  now: number;
}

interface TodayContextValue {
  /** Undefined while the first computation runs. */
  view: TodayView | undefined;
  showMore(section: TodaySection): void;
}

const TodayContext = createContext<TodayContextValue | null>(null);

function useLiveTodayPage(limits: PerSection<number>): TodayView | undefined {
  const db = useDatabase();
  const settings = useFollowUpSettings();
  const now = useNow();
  const windowDays = settings?.followUpWindowDays;
  const checkInDays = settings?.introductionCheckInDays;
  return useLiveQuery(async () => {
    if (windowDays === undefined || checkInDays === undefined) return undefined;
    const page = await readTodayPage(
      db,
      { followUpWindowDays: windowDays, introductionCheckInDays: checkInDays },
      userCalendar(),
      now,
      limits,
    );
    return { ...page, now };
  }, [db, windowDays, checkInDays, now, limits]);
}

export function TodayFollowUpsProvider({ children }: { children: ReactNode }) {
  const [limits, setLimits] = useState<PerSection<number>>({
    overdue: PAGE,
    dueToday: PAGE,
    comingUp: PAGE,
  });
  const view = useLiveTodayPage(limits);
  const showMore = useCallback(
    (section: TodaySection) =>
      setLimits((current) => ({ ...current, [section]: current[section] + PAGE })),
    [],
  );
  const value = useMemo(() => ({ view, showMore }), [view, showMore]);
  return <TodayContext.Provider value={value}>{children}</TodayContext.Provider>;
}

function useTodayContext(): TodayContextValue {
  const today = useContext(TodayContext);
  if (!today) throw new Error('The Today view needs a TodayFollowUpsProvider above it.');
  return today;
}

export function useTodayFollowUps(): TodayView | undefined {
  return useTodayContext().view;
}

/** Reads PAGE more items of a section. */
export function useShowMoreFollowUps(): (section: TodaySection) => void {
  return useTodayContext().showMore;
}
