// A shift written the way organizers write it: a local date and a time range ("2026-03-07",
// "22:00-02:00") in the event's time zone. The range ends on the next day when its end is not
// after its start. Local times become instants through shared/time/zone-clock: a time repeated
// when the clocks go back is the earlier one, and a time skipped when they go forward is moved
// forward by the size of the gap (02:30 on the spring-forward night in Los Angeles is 03:30).
import { zoneClock } from '../time/zone-clock';

export type ShiftInstantsResult =
  | { ok: true; startsAt: number; endsAt: number }
  | { ok: false; reason: 'invalid-date' | 'invalid-time-range' | 'invalid-time-zone' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RANGE = /^(\d{1,2}):(\d{2})\s*[-–〜~]\s*(\d{1,2}):(\d{2})$/;

export function shiftInstants(date: string, range: string, timeZone: string): ShiftInstantsResult {
  const dateMatch = DATE.exec(date.trim());
  if (!dateMatch) return { ok: false, reason: 'invalid-date' };
  const [year, month, day] = dateMatch.slice(1).map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) {
    return { ok: false, reason: 'invalid-date' };
  }
  const rangeMatch = RANGE.exec(range.normalize('NFKC').trim());
  if (!rangeMatch) return { ok: false, reason: 'invalid-time-range' };
  const [startHour, startMinute, endHour, endMinute] = rangeMatch.slice(1).map(Number);
  if (
    [startHour, endHour].some((hour) => hour > 23) ||
    [startMinute, endMinute].some((m) => m > 59)
  ) {
    return { ok: false, reason: 'invalid-time-range' };
  }
  const clock = zoneClock(timeZone);
  if (!clock) return { ok: false, reason: 'invalid-time-zone' };
  const overMidnight = endHour * 60 + endMinute <= startHour * 60 + startMinute;
  return {
    ok: true,
    startsAt: clock.instantOf({ year, month, day, hour: startHour, minute: startMinute }),
    endsAt: clock.instantOf({
      year,
      month,
      day: overMidnight ? day + 1 : day,
      hour: endHour,
      minute: endMinute,
    }),
  };
}
