import { describe, expect, it } from 'vitest';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from './event-time';

describe('event times in date-time inputs', () => {
  it('round-trips a local time to the minute', () => {
    const at = new Date(2025, 0, 5, 19, 30).getTime();
    expect(toDateTimeLocalValue(at)).toBe('2025-01-05T19:30');
    expect(fromDateTimeLocalValue('2025-01-05T19:30')).toBe(at);
  });

  it('reads an empty or partial input as no time', () => {
    expect(toDateTimeLocalValue(null)).toBe('');
    expect(fromDateTimeLocalValue('')).toBeNull();
    expect(fromDateTimeLocalValue('2025-01-05')).toBeNull();
  });
});
