import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zonedCalendar } from './zoned-calendar';

const HOUR = 3_600_000;

describe('zonedCalendar', () => {
  it('finds the start of the day in Tokyo (UTC+9) and in Los Angeles', () => {
    // 2026-01-10 23:30 in Tokyo is 14:30 UTC, and 06:30 the same morning in Los Angeles.
    const at = Date.UTC(2026, 0, 10, 14, 30);
    const tokyo = zonedCalendar('Asia/Tokyo');
    const losAngeles = zonedCalendar('America/Los_Angeles');
    expect(tokyo.startOfDay(at)).toBe(Date.UTC(2026, 0, 9, 15));
    expect(tokyo.dayKey(at)).toBe('2026-01-10');
    expect(losAngeles.startOfDay(at)).toBe(Date.UTC(2026, 0, 10, 8));
    expect(losAngeles.dayKey(at)).toBe('2026-01-10');
    expect(tokyo.addDays(at, 1)).toBe(Date.UTC(2026, 0, 10, 15));
    expect(losAngeles.addDays(at, 1)).toBe(Date.UTC(2026, 0, 11, 8));
  });

  it('reads a YYYY-MM-DD day back as its midnight in the zone', () => {
    expect(zonedCalendar('Asia/Tokyo').fromDayKey('2026-01-17')).toBe(Date.UTC(2026, 0, 16, 15));
    expect(zonedCalendar('Pacific/Kiritimati').fromDayKey('2026-01-17')).toBe(
      Date.UTC(2026, 0, 16, 10),
    );
    expect(zonedCalendar('UTC').fromDayKey('17/01/2026')).toBeNull();
  });

  it('counts days across month and year ends, forwards and back', () => {
    const utc = zonedCalendar('UTC');
    expect(utc.addDays(Date.UTC(2025, 11, 31, 18), 1)).toBe(Date.UTC(2026, 0, 1));
    expect(utc.addDays(Date.UTC(2026, 2, 1, 5), -1)).toBe(Date.UTC(2026, 1, 28));
    expect(utc.dayKey(Date.UTC(2026, 1, 28, 23, 59))).toBe('2026-02-28');
  });

  it('keeps real midnights across a daylight-saving change (a 23-hour day)', () => {
    const losAngeles = zonedCalendar('America/Los_Angeles');
    // Clocks go forward on 2026-03-08 at 02:00: that day is 23 hours long.
    const dayBefore = losAngeles.startOfDay(Date.UTC(2026, 2, 7, 20));
    const changeDay = losAngeles.addDays(dayBefore, 1);
    const dayAfter = losAngeles.addDays(dayBefore, 2);
    expect(dayBefore).toBe(Date.UTC(2026, 2, 7, 8));
    expect(changeDay).toBe(Date.UTC(2026, 2, 8, 8));
    expect(dayAfter - changeDay).toBe(23 * HOUR);
    expect(losAngeles.dayKey(dayAfter)).toBe('2026-03-09');
  });

  it('begins a day whose midnight the clocks skip when it begins (Santiago, 00:00 → 01:00)', () => {
    const santiago = zonedCalendar('America/Santiago');
    // On 2026-09-06 the clocks go from 00:00 −04 to 01:00 −03: the day begins at 04:00 UTC.
    const changeDay = santiago.startOfDay(Date.UTC(2026, 8, 6, 15));
    expect(changeDay).toBe(Date.UTC(2026, 8, 6, 4));
    expect(santiago.dayKey(changeDay)).toBe('2026-09-06');
    expect(santiago.dayKey(changeDay - 1)).toBe('2026-09-05');
    expect(santiago.fromDayKey('2026-09-06')).toBe(changeDay);
    expect(santiago.addDays(changeDay, 1) - changeDay).toBe(23 * HOUR);
    // On 2026-04-05 they go back from 00:00 −03 to 23:00 −04: 2026-04-04 is 25 hours long.
    const longDay = santiago.fromDayKey('2026-04-04')!;
    expect(santiago.addDays(longDay, 1) - longDay).toBe(25 * HOUR);
  });

  it('begins every day at the first instant of its date, in every zone', () => {
    const zones = ['Asia/Tokyo', 'America/Santiago', 'America/Los_Angeles', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        (zone, minutes) => {
          const calendar = zonedCalendar(zone);
          const at = minutes * 60_000;
          const start = calendar.startOfDay(at);
          expect(start).toBeLessThanOrEqual(at);
          expect(calendar.dayKey(start)).toBe(calendar.dayKey(at));
          expect(calendar.dayKey(start - 1)).not.toBe(calendar.dayKey(at));
          expect(calendar.fromDayKey(calendar.dayKey(at))).toBe(start);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
