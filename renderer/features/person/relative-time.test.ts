import { describe, expect, it } from 'vitest';
import { fromDateInputValue, toDateInputValue } from './calendar-date';
import { relativeTime } from './relative-time';

const now = new Date(2026, 4, 20, 15, 30).getTime();

describe('relativeTime', () => {
  it('says today, days, months and years ago in the UI language', () => {
    expect(relativeTime(now - 3_600_000, now, 'en')).toBe('today');
    expect(relativeTime(new Date(2026, 4, 17).getTime(), now, 'en')).toBe('3 days ago');
    expect(relativeTime(new Date(2026, 1, 1).getTime(), now, 'en')).toBe('3 months ago');
    expect(relativeTime(new Date(2024, 4, 1).getTime(), now, 'en')).toBe('2 years ago');
    expect(relativeTime(new Date(2026, 4, 19).getTime(), now, 'ja')).toBe('昨日');
  });
});

describe('calendar dates of the timeline', () => {
  it('round-trips a day, keeping the current time for today', () => {
    expect(toDateInputValue(now)).toBe('2026-05-20');
    expect(fromDateInputValue('2026-05-20', now)).toBe(now);
    expect(fromDateInputValue('2026-05-01', now)).toBe(new Date(2026, 4, 1, 12).getTime());
    expect(fromDateInputValue('not a date', now)).toBeNull();
  });
});
