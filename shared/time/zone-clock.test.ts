import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zoneClock, type WallTime, type ZoneClock } from './zone-clock';

const ZONES = [
  'Asia/Tokyo',
  'America/Los_Angeles',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Europe/Berlin',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
];

const wall = (year: number, month: number, day: number, hour = 0, minute = 0): WallTime => ({
  year,
  month,
  day,
  hour,
  minute,
});

/** Local times around clock changes, and the instant each one names. */
const CASES: [string, string, WallTime, number][] = [
  ['an evening', 'Asia/Tokyo', wall(2026, 4, 10, 18), Date.UTC(2026, 3, 10, 9)],
  ['day 32 of January', 'Asia/Tokyo', wall(2026, 1, 32), Date.UTC(2026, 0, 31, 15)],
  // Los Angeles: 02:00 PST → 03:00 PDT on 2026-03-08; 02:00 PDT → 01:00 PST on 2026-11-01.
  ['02:30, skipped', 'America/Los_Angeles', wall(2026, 3, 8, 2, 30), Date.UTC(2026, 2, 8, 10, 30)],
  [
    '01:30, repeated',
    'America/Los_Angeles',
    wall(2026, 11, 1, 1, 30),
    Date.UTC(2026, 10, 1, 8, 30),
  ],
  // Santiago: 00:00 −04 → 01:00 −03 on 2026-09-06; 00:00 −03 → 23:00 −04 on 2026-04-05.
  ['midnight, skipped', 'America/Santiago', wall(2026, 9, 6), Date.UTC(2026, 8, 6, 4)],
  ['23:30, repeated', 'America/Santiago', wall(2026, 4, 4, 23, 30), Date.UTC(2026, 3, 5, 2, 30)],
  ['the midnight after', 'America/Santiago', wall(2026, 4, 5), Date.UTC(2026, 3, 5, 4)],
  // Lord Howe moves by half an hour: 02:00 +10:30 → 02:30 +11 on 2026-10-04.
  ['02:15, skipped', 'Australia/Lord_Howe', wall(2026, 10, 4, 2, 15), Date.UTC(2026, 9, 3, 15, 45)],
];

/** The wall clock as Intl reads it: an independent view of the zone. */
function intlWallTime(at: number, timeZone: string): WallTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return wall(part('year'), part('month'), part('day'), part('hour'), part('minute'));
}

function clockOf(timeZone: string): ZoneClock {
  const clock = zoneClock(timeZone);
  if (!clock) throw new Error(`no clock for ${timeZone}`);
  return clock;
}

describe('zoneClock', () => {
  const systemZone = process.env.TZ;
  afterEach(() => {
    if (systemZone === undefined) delete process.env.TZ;
    else process.env.TZ = systemZone;
  });

  it.each(CASES)('turns %s in %s into its instant', (_, timeZone, local, instant) => {
    expect(clockOf(timeZone).instantOf(local)).toBe(instant);
  });

  it.each(['UTC', 'America/Los_Angeles', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tokyo'])(
    'gives the same instants whatever the system time zone (%s)',
    async (system) => {
      process.env.TZ = system;
      vi.resetModules();
      const fresh = await import('./zone-clock');
      for (const [name, timeZone, local, instant] of CASES) {
        expect(fresh.zoneClock(timeZone)?.instantOf(local), `${name} in ${timeZone}`).toBe(instant);
      }
    },
  );

  it('reads the wall clock as Intl does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1980, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
        (timeZone, minutes) => {
          const at = minutes * 60_000;
          expect(clockOf(timeZone).wallTimeAt(at)).toEqual(intlWallTime(at, timeZone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives back the earliest instant that shows a wall time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1980, 0, 1) / 60_000, max: Date.UTC(2060, 0, 1) / 60_000 }),
        (timeZone, minutes) => {
          const at = minutes * 60_000;
          const clock = clockOf(timeZone);
          const local = clock.wallTimeAt(at);
          const instant = clock.instantOf(local);
          expect(instant).toBeLessThanOrEqual(at);
          expect(clock.wallTimeAt(instant)).toEqual(local);
          expect(clock.wallTimeAt(instant - 60_000)).not.toEqual(local);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('knows no clock for an unknown zone', () => {
    expect(zoneClock('Mars/Olympus')).toBeNull();
    expect(zoneClock('')).toBeNull();
  });
});
