// Calendar days in the user's time zone (shared/time/zone-clock): a day begins at the first
// instant whose wall clock shows that date, which is midnight, or later on a night when the clocks
// skip midnight (Santiago goes from 00:00 to 01:00). Every follow-up rule takes one of these, so
// "the next day" means the user's next day, wherever the machine's clock happens to be set.
import { wallDateKey, zoneClock, type WallTime } from '../time/zone-clock';

export interface ZonedCalendar {
  readonly timeZone: string;
  /** The instant the day of `at` begins, in the calendar's zone. */
  startOfDay(at: number): number;
  /** The instant the day `days` after the day of `at` begins (negative `days` go back). */
  addDays(at: number, days: number): number;
  /** The day of `at` as YYYY-MM-DD, e.g. for stable keys. */
  dayKey(at: number): string;
  /** The instant a YYYY-MM-DD day begins (as a date input gives it), or null if it is no date. */
  fromDayKey(key: string): number | null;
}

/** The calendar of an IANA time zone; throws a RangeError for a zone that does not exist. */
export function zonedCalendar(timeZone: string): ZonedCalendar {
  const clock = zoneClock(timeZone);
  if (!clock) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const midnight = ({ year, month, day }: Pick<WallTime, 'year' | 'month' | 'day'>) =>
    clock.instantOf({ year, month, day, hour: 0, minute: 0 });

  return {
    timeZone,
    startOfDay: (at) => midnight(clock.wallTimeAt(at)),
    addDays: (at, days) => {
      const wall = clock.wallTimeAt(at);
      return midnight({ ...wall, day: wall.day + days });
    },
    dayKey: (at) => wallDateKey(clock.wallTimeAt(at)),
    fromDayKey: (key) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
      if (!match) return null;
      return midnight({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
    },
  };
}
