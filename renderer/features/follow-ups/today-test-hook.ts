// For benchmarks and end-to-end tests only: when the app was started for tests (its test hook
// window.__hallway is present), window.__hallwayToday computes the Today view as the screen does
// (the page of the rules over their reads, then the names and last notes of the items shown), so
// a benchmark can time it without rendering.
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../../shared/follow-ups/suggested-follow-up';
import type { HallwayDatabase } from '../../db/database';
import { readTodayPage } from './read-today-page';
import { readPageDetails } from './use-page-details';
import { userCalendar } from './user-calendar';

export interface HallwayTodayTestHook {
  /** The Today view at `now`, with the details of the first `shown` items of each section. */
  load(
    now: number,
    shown: number,
  ): Promise<{ overdue: number; dueToday: number; comingUp: number }>;
}

declare global {
  interface Window {
    __hallwayToday?: HallwayTodayTestHook;
  }
}

export function installTodayTestHookIfTesting(db: HallwayDatabase): void {
  if (!window.__hallway) return;
  window.__hallwayToday = {
    load: async (now, shown) => {
      const page = await readTodayPage(db, DEFAULT_FOLLOW_UP_SETTINGS, userCalendar(), now, {
        overdue: shown,
        dueToday: shown,
        comingUp: shown,
      });
      const first = [...page.overdue, ...page.dueToday, ...page.comingUp];
      await readPageDetails(db, first);
      return page.counts;
    },
  };
}
