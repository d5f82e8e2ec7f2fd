// Wall-clock dates and times in a time zone and the instants they name: the one place where
// Hallway turns a local time into an instant (the follow-up calendar's days, roster shifts) and
// an instant into a local time. @date-fns/tz's TZDate reads the zone's clock at an instant; the
// way back is worked out here, as Temporal's "compatible" disambiguation does: a time repeated
// when the clocks go back is the earlier one, and a time skipped when they go forward is moved
// forward by the size of the gap (02:30 on the spring-forward night in Los Angeles is 03:30;
// midnight on the night Santiago goes from 00:00 to 01:00 is 01:00). TZDate's own wall-time
// constructor is not used for this: it goes through the system time zone's Date, and around a
// clock change of the system zone it can land on the wrong day (see zone-clock.test.ts).
import { TZDate } from '@date-fns/tz';

export interface WallTime {
  year: number;
  /** 1–12. The fields may overflow, as in Date.UTC: day 32 of January is the 1st of February. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export interface ZoneClock {
  readonly timeZone: string;
  /** The zone's wall clock at `at`. */
  wallTimeAt(at: number): WallTime;
  /** The instant a wall time names in the zone (the earlier of a repeated time, past a gap). */
  instantOf(wall: WallTime): number;
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** A wall time's date as YYYY-MM-DD (a date input's value, a stable key). */
export function wallDateKey({ year, month, day }: WallTime): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A wall time's time of day as HH:MM (a time input's value). */
export function wallClockTime({ hour, minute }: WallTime): string {
  return `${pad(hour, 2)}:${pad(minute, 2)}`;
}

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 15 * 60_000;

const wallAsUtc = (wall: WallTime) =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);

function createZoneClock(timeZone: string): ZoneClock {
  // Offsets change only on quarter-hour boundaries of UTC in every zone today, so the zone is read
  // once per quarter hour: the Today view asks for thousands of days at once.
  const offsets = new Map<number, number>();
  /** How far the zone's wall clock is ahead of UTC at `at`, in ms. */
  const offsetAt = (at: number): number => {
    const bucket = Math.floor(at / QUARTER_HOUR_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * QUARTER_HOUR_MS;
      const clock = new TZDate(start, timeZone);
      offset =
        Date.UTC(
          clock.getFullYear(),
          clock.getMonth(),
          clock.getDate(),
          clock.getHours(),
          clock.getMinutes(),
          clock.getSeconds(),
        ) - start;
      offsets.set(bucket, offset);
    }
    return offset;
  };

  return {
    timeZone,
    wallTimeAt: (at) => {
      const wall = new Date(at + offsetAt(at));
      return {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
      };
    },
    instantOf: (wall) => {
      const local = wallAsUtc(wall);
      // The offsets a day either side: one, or the two around a clock change that night.
      const before = offsetAt(local - DAY_MS);
      const after = offsetAt(local + DAY_MS);
      const matching = [local - before, local - after].filter(
        (instant) => instant + offsetAt(instant) === local,
      );
      // No instant shows this wall time (a gap): move it forward by the gap, with the offset before.
      return matching.length > 0 ? Math.min(...matching) : local - before;
    },
  };
}

const clocks = new Map<string, ZoneClock>();

/** The clock of an IANA time zone (or a UTC offset such as `+09:00`), or null if unknown. */
export function zoneClock(timeZone: string): ZoneClock | null {
  let clock = clocks.get(timeZone);
  if (!clock) {
    if (Number.isNaN(new TZDate(0, timeZone).getTime())) return null;
    clock = createZoneClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}
