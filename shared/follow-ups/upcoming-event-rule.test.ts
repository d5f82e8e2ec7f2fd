import { describe, expect, it } from 'vitest';
import {
  earlierInSeries,
  eventMeetingOf,
  likelyAttendees,
  MAX_ATTENDEES,
  SERIES_LOOKBACK,
  upcomingEventFollowUps,
  type EventShift,
  type ScheduledEvent,
} from './upcoming-event-rule';
import { zonedCalendar } from './zoned-calendar';

const utc = zonedCalendar('UTC');
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 10, 9);

const event = (id: string, startsAt: number, series = 'Tokyo Rust'): ScheduledEvent => ({
  id,
  series,
  startsAt,
  deletedAt: 0,
});
const NONE = new Set<string>();

describe('rule 5: who is likely at an upcoming event', () => {
  const next = event('next', NOW + 3 * DAY);

  it('takes the series last events before this one, newest first', () => {
    const series = Array.from({ length: SERIES_LOOKBACK + 3 }, (_, index) =>
      event(`e${index}`, NOW - (index + 1) * 7 * DAY),
    );
    const other = event('other', NOW - DAY, 'Berlin Elixir');
    const earlier = earlierInSeries(next, [...series, other, next, event('later', NOW + 9 * DAY)]);
    expect(earlier.map((candidate) => candidate.id)).toEqual(
      series.slice(0, SERIES_LOOKBACK).map((candidate) => candidate.id),
    );
  });

  it('stands for a live meeting at an event only', () => {
    const meeting = { personId: 'ada', eventId: 'e1', kind: 'met' as const, deletedAt: 0 };
    expect(eventMeetingOf(meeting)).toEqual({ eventId: 'e1', personId: 'ada' });
    expect(eventMeetingOf({ ...meeting, kind: 'call' })).toBeUndefined();
    expect(eventMeetingOf({ ...meeting, eventId: undefined })).toBeUndefined();
    expect(eventMeetingOf({ ...meeting, deletedAt: 5 })).toBeUndefined();
  });

  it('names the volunteers first, then the people met at more of the series last events', () => {
    const earlier = [event('e1', NOW - 7 * DAY), event('e2', NOW - 14 * DAY)];
    const metAt = new Map([
      ['e1', ['once', 'twice', 'helper']],
      ['e2', ['twice']],
      ['not-in-series', ['elsewhere', 'once']],
    ]);
    const shifts: EventShift[] = [
      { personId: 'helper', eventId: 'next', status: 'confirmed', deletedAt: 0 },
      { personId: 'cancelled', eventId: 'next', status: 'cancelled', deletedAt: 0 },
      { personId: 'no-show', eventId: 'next', status: 'no-show', deletedAt: 0 },
      { personId: 'removed', eventId: 'next', status: 'invited', deletedAt: 9 },
      { personId: 'other-event', eventId: 'e1', status: 'attended', deletedAt: 0 },
    ];
    expect(likelyAttendees(next, earlier, metAt, shifts, NONE)).toEqual([
      'helper',
      'twice',
      'once',
    ]);
    expect(likelyAttendees(next, earlier, metAt, shifts, new Set(['twice', 'helper']))).toEqual([
      'once',
    ]);
  });

  it('among people met at as many events, names those met at the most recent one first', () => {
    const earlier = [event('e1', NOW - 7 * DAY), event('e2', NOW - 14 * DAY)];
    const metAt = new Map([
      ['e1', ['zoe', 'bea']],
      ['e2', ['amy']],
    ]);
    expect(likelyAttendees(next, earlier, metAt, [], NONE)).toEqual(['bea', 'zoe', 'amy']);
  });

  it('keeps the list short', () => {
    const earlier = [event('e1', NOW - 7 * DAY)];
    const metAt = new Map([
      [
        'e1',
        Array.from(
          { length: MAX_ATTENDEES + 5 },
          (_, index) => `p${String(index).padStart(2, '0')}`,
        ),
      ],
    ]);
    expect(likelyAttendees(next, earlier, metAt, [], NONE)).toHaveLength(MAX_ATTENDEES);
  });

  it('suggests events of today and the next 7 days that someone you know is likely at, with their last notes', () => {
    const tonight = event('tonight', NOW + 10 * 3_600_000);
    const inEightDays = event('far', utc.addDays(NOW, 8));
    const nobody = event('nobody', NOW + DAY);
    const suggestions = upcomingEventFollowUps(
      [tonight, next, inEightDays, nobody],
      new Map([
        ['tonight', ['ada', 'grace']],
        ['next', ['ada']],
        ['far', ['ada']],
      ]),
      utc,
      NOW,
    );
    expect(suggestions).toEqual([
      {
        key: 'upcoming:tonight',
        rule: 'upcoming',
        personIds: ['ada', 'grace'],
        dueAt: tonight.startsAt,
        eventId: 'tonight',
      },
      {
        key: 'upcoming:next',
        rule: 'upcoming',
        personIds: ['ada'],
        dueAt: next.startsAt,
        eventId: 'next',
      },
    ]);
  });
});
