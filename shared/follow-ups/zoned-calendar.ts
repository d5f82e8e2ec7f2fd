// Calendar days in the user's time zone, without a time-zone library: Intl.DateTimeFormat tells
// the wall-clock date and time of an instant in any IANA zone, and local midnight is found from
// the zone's offset (checked twice, so a day that starts or ends on a DST change still gets its
// real midnight). Every follow-up rule takes one of these, so "the next day" means the user's
// next day, wherever the machine's clock happens to be set.

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

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const PART_NAMES = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
const QUARTER_HOUR = 15 * 60 * 1000;

export function zonedCalendar(timeZone: string): ZonedCalendar {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

  /** The zone's wall clock as read by Intl: the slow path, once per quarter hour (see below). */
  const intlWallClock = (at: number): WallClock => {
    const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
    for (const part of formatter.formatToParts(at)) {
      const name = PART_NAMES.find((candidate) => candidate === part.type);
      if (name) clock[name] = Number(part.value);
    }
    return clock;
  };

  // Offsets change only on quarter-hour boundaries of UTC in every real zone, so one Intl call per
  // quarter hour is enough: the Today view asks for thousands of days at once.
  const offsets = new Map<number, number>();
  /** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
  const offsetAt = (at: number): number => {
    const bucket = Math.floor(at / QUARTER_HOUR);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * QUARTER_HOUR;
      const clock = intlWallClock(start);
      offset =
        Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) -
        start;
      offsets.set(bucket, offset);
    }
    return offset;
  };

  const wallDate = (at: number): Date => new Date(at + offsetAt(at));

  /** Local midnight of a wall-clock date (the day may overflow: Date.UTC normalises it). */
  const midnight = (year: number, month: number, day: number): number => {
    const wallAsUtc = Date.UTC(year, month - 1, day);
    const first = wallAsUtc - offsetAt(wallAsUtc);
    return wallAsUtc - offsetAt(first);
  };

  return {
    timeZone,
    startOfDay: (at) => {
      const wall = wallDate(at);
      return midnight(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
    },
    addDays: (at, days) => {
      const wall = wallDate(at);
      return midnight(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate() + days);
    },
    dayKey: (at) => wallDate(at).toISOString().slice(0, 10),
    fromDayKey: (key) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
      return match ? midnight(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    },
  };
}
