// The other way from shift-instants: an instant shown as the wall date ("2026-03-07") and time
// ("18:30") in a time zone (shared/time/zone-clock), the values the roster's date and time fields
// hold.
import { wallClockTime, wallDateKey, zoneClock } from '../time/zone-clock';

export interface WallTime {
  date: string;
  time: string;
}

/** Throws a RangeError for a zone that does not exist. */
export function wallTimeOf(at: number, timeZone: string): WallTime {
  const clock = zoneClock(timeZone);
  if (!clock) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const wall = clock.wallTimeAt(at);
  return { date: wallDateKey(wall), time: wallClockTime(wall) };
}
