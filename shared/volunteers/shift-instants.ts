// A shift written the way organizers write it: a local date and a time range ("2026-03-07",
// "22:00-02:00") in the event's time zone. The range ends on the next day when its end is not
// after its start. Local times become instants through Intl.DateTimeFormat's view of the zone:
// the zone's offset is read near the wall time and checked against the result, as Temporal's
// "compatible" disambiguation does — a time repeated when the clocks go back is the earlier one,
// and a time skipped when they go forward is moved forward by the size of the gap (02:30 on the
// spring-forward night in Los Angeles is 03:30).

export type ShiftInstantsResult =
  | { ok: true; startsAt: number; endsAt: number }
  | { ok: false; reason: 'invalid-date' | 'invalid-time-range' | 'invalid-time-zone' };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RANGE = /^(\d{1,2}):(\d{2})\s*[-–〜~]\s*(\d{1,2}):(\d{2})$/;
const DAY_MS = 86_400_000;

function offsetReader(timeZone: string): ((at: number) => number) | null {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  return (at) => {
    const parts = formatter.formatToParts(at);
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((candidate) => candidate.type === type)?.value);
    const wall = Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
    return wall - Math.floor(at / 1000) * 1000;
  };
}

/** The instant of a wall-clock time given as if it were UTC (`wallAsUtc`) in a zone. */
function wallTimeToInstant(wallAsUtc: number, offsetAt: (at: number) => number): number {
  const before = offsetAt(wallAsUtc - DAY_MS);
  const after = offsetAt(wallAsUtc + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallAsUtc - offset)
    .filter((instant) => instant + offsetAt(instant) === wallAsUtc);
  if (candidates.length > 0) return Math.min(...candidates);
  return wallAsUtc - before;
}

export function shiftInstants(date: string, range: string, timeZone: string): ShiftInstantsResult {
  const dateMatch = DATE.exec(date.trim());
  if (!dateMatch) return { ok: false, reason: 'invalid-date' };
  const [year, month, day] = dateMatch.slice(1).map(Number);
  const midnight = Date.UTC(year, month - 1, day);
  const check = new Date(midnight);
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
  const offsetAt = offsetReader(timeZone);
  if (!offsetAt) return { ok: false, reason: 'invalid-time-zone' };
  const startWall = midnight + (startHour * 60 + startMinute) * 60_000;
  let endWall = midnight + (endHour * 60 + endMinute) * 60_000;
  if (endWall <= startWall) endWall += DAY_MS;
  return {
    ok: true,
    startsAt: wallTimeToInstant(startWall, offsetAt),
    endsAt: wallTimeToInstant(endWall, offsetAt),
  };
}
