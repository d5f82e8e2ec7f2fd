import { describe, expect, it } from 'vitest';
import { keepInTouchFollowUps } from './keep-in-touch-rule';
import { nextContactDueAt } from './next-contact-due-at';
import { zonedCalendar } from './zoned-calendar';

const DAY = 86_400_000;

describe('rule 2: keep-in-touch cadence', () => {
  it('is due a cadence after the last contact, or after the person was added if never contacted', () => {
    expect(nextContactDueAt({ keepInTouchDays: 30, lastContactAt: 10 * DAY, createdAt: DAY })).toBe(
      40 * DAY,
    );
    expect(nextContactDueAt({ keepInTouchDays: 7, lastContactAt: 0, createdAt: DAY })).toBe(
      8 * DAY,
    );
    expect(nextContactDueAt({ keepInTouchDays: null, lastContactAt: 5, createdAt: 1 })).toBe(0);
  });

  it('keys each cycle by its due day in the user time zone', () => {
    // 2026-03-01 20:00 UTC is already 2 March in Tokyo.
    const dueAt = Date.UTC(2026, 2, 1, 20);
    const [inTokyo] = keepInTouchFollowUps(
      [{ personId: 'ada', dueAt }],
      zonedCalendar('Asia/Tokyo'),
    );
    const [inUtc] = keepInTouchFollowUps([{ personId: 'ada', dueAt }], zonedCalendar('UTC'));
    expect(inTokyo).toEqual({
      key: 'cadence:ada:2026-03-02',
      rule: 'cadence',
      personIds: ['ada'],
      dueAt,
    });
    expect(inUtc.key).toBe('cadence:ada:2026-03-01');
  });

  it('skips people without a cadence', () => {
    expect(keepInTouchFollowUps([{ personId: 'ada', dueAt: 0 }], zonedCalendar('UTC'))).toEqual([]);
  });
});
