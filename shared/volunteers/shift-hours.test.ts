import { describe, expect, it } from 'vitest';
import { assignmentHours, hoursToMinutes, shiftHours } from './shift-hours';

describe('shiftHours and assignmentHours', () => {
  const times = { startsAt: Date.UTC(2026, 3, 10, 9), endsAt: Date.UTC(2026, 3, 10, 10, 45) };

  it('gives zero hours to a shift without length', () => {
    expect(shiftHours({ startsAt: times.startsAt, endsAt: times.startsAt })).toBe(0);
    expect(shiftHours({ startsAt: times.endsAt, endsAt: times.startsAt })).toBe(0);
  });

  it('lets an override win over the shift times, including an override of zero', () => {
    expect(assignmentHours(times, null)).toBe(1.75);
    expect(assignmentHours(times, 3)).toBe(3);
    expect(assignmentHours(times, 0)).toBe(0);
    expect(assignmentHours(times, -2)).toBe(1.75);
    expect(assignmentHours(times, Number.NaN)).toBe(1.75);
  });

  it('rounds hours to whole minutes', () => {
    expect(hoursToMinutes(1.75)).toBe(105);
    expect(hoursToMinutes(1 / 3)).toBe(20);
    expect(hoursToMinutes(-1)).toBe(0);
  });
});
