// For benchmarks and end-to-end tests only: when the app was started for tests (its test hook
// window.__hallway is present), window.__hallwayToday computes the Today view as the screen does
// (the rules over their index reads, then the names and last notes of the first items shown), so
// a benchmark can time it without rendering.
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../../shared/follow-ups/suggested-follow-up';
import type { HallwayDatabase } from '../../db/database';
import { loadTodayFollowUps } from './today-inputs';
import { readFollowUpDetails } from './use-follow-up-details';
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
      const sections = await loadTodayFollowUps(
        db,
        DEFAULT_FOLLOW_UP_SETTINGS,
        userCalendar(),
        now,
      );
      const first = [sections.overdue, sections.dueToday, sections.comingUp].flatMap((items) =>
        items.slice(0, shown),
      );
      await Promise.all(first.map((item) => readFollowUpDetails(db, item)));
      return {
        overdue: sections.overdue.length,
        dueToday: sections.dueToday.length,
        comingUp: sections.comingUp.length,
      };
    },
  };
}
