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
});
