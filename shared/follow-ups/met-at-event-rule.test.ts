import { describe, expect, it } from 'vitest';
import { metAtEventFollowUps, type RecentInteraction } from './met-at-event-rule';
import { zonedCalendar } from './zoned-calendar';

const tokyo = zonedCalendar('Asia/Tokyo');
const losAngeles = zonedCalendar('America/Los_Angeles');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2026-01-10 23:30 in Tokyo. */
const MET_AT = Date.UTC(2026, 0, 10, 14, 30);

function interaction(fields: Partial<RecentInteraction> = {}): RecentInteraction {
  return {
    id: 'i1',
    personId: 'ada',
    at: MET_AT,
    kind: 'met',
    eventId: 'meetup',
    deletedAt: 0,
    ...fields,
  };
}

const NONE = new Set<string>();

describe('rule 1: met at an event, nothing logged since', () => {
  it('shows from the next day in the user time zone and is due at the end of the window', () => {
    const [suggestion] = metAtEventFollowUps([interaction()], NONE, tokyo, MET_AT + HOUR, 3);
    expect(suggestion).toEqual({
      key: 'met:i1',
      rule: 'met',
      personIds: ['ada'],
      // Midnight in Tokyo, half an hour after the meeting.
      visibleFrom: Date.UTC(2026, 0, 10, 15),
      dueAt: Date.UTC(2026, 0, 12, 15),
      eventId: 'meetup',
    });
  });

  it('counts the days where the user lives: the same instant is the morning before in Los Angeles', () => {
    const [suggestion] = metAtEventFollowUps([interaction()], NONE, losAngeles, MET_AT, 3);
    expect(suggestion.visibleFrom).toBe(Date.UTC(2026, 0, 11, 8));
    expect(suggestion.dueAt).toBe(Date.UTC(2026, 0, 13, 8));
  });

  it('follows the window setting', () => {
    const [suggestion] = metAtEventFollowUps([interaction()], NONE, tokyo, MET_AT, 5);
    expect(suggestion.dueAt).toBe(Date.UTC(2026, 0, 14, 15));
  });

  it('says nothing once something else was logged with the person', () => {
    const later = interaction({ id: 'i2', kind: 'message', eventId: undefined, at: MET_AT + DAY });
    const sameTime = interaction({ id: 'i3', kind: 'email', eventId: undefined });
    expect(metAtEventFollowUps([interaction(), later], NONE, tokyo, MET_AT + 2 * DAY, 3)).toEqual(
      [],
    );
    expect(metAtEventFollowUps([sameTime, interaction()], NONE, tokyo, MET_AT, 3)).toEqual([]);
  });

  it('follows up the newest meeting only, and ignores a trashed later interaction', () => {
    const again = interaction({ id: 'i2', at: MET_AT + DAY, eventId: 'after-party' });
    const trashed = interaction({ id: 'i3', kind: 'call', at: MET_AT + 2 * DAY, deletedAt: 5 });
    const result = metAtEventFollowUps([interaction(), again, trashed], NONE, tokyo, MET_AT, 3);
    expect(result.map((suggestion) => suggestion.key)).toEqual(['met:i2']);
  });

  it('needs an event, a live person and a meeting of the last 30 days', () => {
    const now = MET_AT + 2 * DAY;
    expect(metAtEventFollowUps([interaction({ eventId: undefined })], NONE, tokyo, now, 3)).toEqual(
      [],
    );
    expect(metAtEventFollowUps([interaction()], new Set(['ada']), tokyo, now, 3)).toEqual([]);
    const thirtyDaysLater = tokyo.addDays(MET_AT, 30);
    expect(metAtEventFollowUps([interaction()], NONE, tokyo, thirtyDaysLater, 3)).toHaveLength(1);
    expect(metAtEventFollowUps([interaction()], NONE, tokyo, thirtyDaysLater + DAY, 3)).toEqual([]);
  });
});
