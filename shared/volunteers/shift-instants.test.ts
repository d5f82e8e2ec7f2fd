import { describe, expect, it } from 'vitest';
import { shiftHours } from './shift-hours';
import { shiftInstants } from './shift-instants';

function instants(date: string, range: string, timeZone: string) {
  const result = shiftInstants(date, range, timeZone);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('shiftInstants', () => {
  it('turns an evening range in Tokyo into instants', () => {
    const shift = instants('2026-04-10', '18:00-21:30', 'Asia/Tokyo');
    expect(shift.startsAt).toBe(Date.UTC(2026, 3, 10, 9));
    expect(shift.endsAt).toBe(Date.UTC(2026, 3, 10, 12, 30));
    expect(shiftHours(shift)).toBe(3.5);
  });

  it('ends a shift over midnight on the next day', () => {
    const shift = instants('2026-12-31', '22:00-02:00', 'Asia/Tokyo');
    expect(shift.startsAt).toBe(Date.UTC(2026, 11, 31, 13));
    expect(shift.endsAt).toBe(Date.UTC(2026, 11, 31, 17));
    expect(shiftHours(shift)).toBe(4);
  });

  it('counts the real elapsed time across the spring-forward night in Los Angeles', () => {
    // Clocks go from 02:00 PST to 03:00 PDT on 2026-03-08.
    const shift = instants('2026-03-07', '22:00-02:00', 'America/Los_Angeles');
    expect(shift.startsAt).toBe(Date.UTC(2026, 2, 8, 6));
    expect(shift.endsAt).toBe(Date.UTC(2026, 2, 8, 10));
    expect(shiftHours(shift)).toBe(4);
    const acrossChange = instants('2026-03-07', '23:00-04:00', 'America/Los_Angeles');
    expect(shiftHours(acrossChange)).toBe(4);
  });

  it('moves a wall time skipped by the clocks forward, and takes the earlier of a repeated one', () => {
    const skipped = instants('2026-03-08', '02:30-05:00', 'America/Los_Angeles');
    expect(skipped.startsAt).toBe(Date.UTC(2026, 2, 8, 10, 30));
    // Clocks go back from 02:00 PDT to 01:00 PST on 2026-11-01: 01:30 happens twice.
    const repeated = instants('2026-11-01', '01:30-03:00', 'America/Los_Angeles');
    expect(repeated.startsAt).toBe(Date.UTC(2026, 10, 1, 8, 30));
    expect(shiftHours(repeated)).toBe(2.5);
  });

  it('counts a shift over the midnight Santiago skips (00:00 → 01:00 on 2026-09-06)', () => {
    const overnight = instants('2026-09-05', '22:00-02:00', 'America/Santiago');
    expect(overnight.startsAt).toBe(Date.UTC(2026, 8, 6, 2));
    expect(shiftHours(overnight)).toBe(3);
    const fromMidnight = instants('2026-09-06', '00:00-02:00', 'America/Santiago');
    expect(fromMidnight.startsAt).toBe(Date.UTC(2026, 8, 6, 4));
    expect(shiftHours(fromMidnight)).toBe(1);
  });

  it('accepts the Japanese wave dash and full-width digits of a roster spreadsheet', () => {
    const shift = instants('2026-04-10', '１８:００〜１９:００', 'Asia/Tokyo');
    expect(shiftHours(shift)).toBe(1);
  });

  it('treats an end equal to the start as the same time the next day', () => {
    expect(shiftHours(instants('2026-04-10', '09:00-09:00', 'UTC'))).toBe(24);
  });

  it('rejects malformed dates, ranges and zones with a reason', () => {
    expect(shiftInstants('2026-02-30', '18:00-19:00', 'UTC')).toEqual({
      ok: false,
      reason: 'invalid-date',
    });
    expect(shiftInstants('10/04/2026', '18:00-19:00', 'UTC')).toMatchObject({
      reason: 'invalid-date',
    });
    expect(shiftInstants('2026-04-10', '18:00', 'UTC')).toMatchObject({
      reason: 'invalid-time-range',
    });
    expect(shiftInstants('2026-04-10', '25:00-26:00', 'UTC')).toMatchObject({
      reason: 'invalid-time-range',
    });
    expect(shiftInstants('2026-04-10', '18:00-19:00', 'Mars/Olympus')).toMatchObject({
      reason: 'invalid-time-zone',
    });
  });
});
