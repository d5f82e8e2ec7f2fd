import { describe, expect, it } from 'vitest';
import { shiftInstants } from './shift-instants';
import { wallTimeOf } from './shift-wall-times';

describe('wall times of a shift', () => {
  it('shows an instant as the date and time of the zone', () => {
    const at = Date.UTC(2026, 2, 7, 13, 5);
    expect(wallTimeOf(at, 'Asia/Tokyo')).toEqual({ date: '2026-03-07', time: '22:05' });
    expect(wallTimeOf(at, 'America/Los_Angeles')).toEqual({ date: '2026-03-07', time: '05:05' });
    // Santiago skips from 00:00 to 01:00 on 2026-09-06.
    expect(wallTimeOf(Date.UTC(2026, 8, 6, 4), 'America/Santiago')).toEqual({
      date: '2026-09-06',
      time: '01:00',
    });
  });

  it('gives back the fields shiftInstants reads, over midnight too', () => {
    const result = shiftInstants('2026-03-07', '22:00-02:00', 'Asia/Tokyo');
    if (!result.ok) throw new Error(result.reason);
    expect(wallTimeOf(result.startsAt, 'Asia/Tokyo')).toEqual({
      date: '2026-03-07',
      time: '22:00',
    });
    expect(wallTimeOf(result.endsAt, 'Asia/Tokyo')).toEqual({ date: '2026-03-08', time: '02:00' });
  });
});
