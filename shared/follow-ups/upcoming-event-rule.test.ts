import { describe, expect, it } from 'vitest';
import {
  earlierInSeries,
  likelyAttendees,
  MAX_ATTENDEES,
  SERIES_LOOKBACK,
  upcomingEventFollowUps,
  type EventShift,
  type ScheduledEvent,
  type SeriesMeeting,
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
const met = (personId: string, eventId: string, at = 0): SeriesMeeting => ({
  personId,
  eventId,
  at,
  kind: 'met',
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

  it('names the volunteers first, then the people met most often at the series', () => {
    const earlier = [event('e1', NOW - 7 * DAY), event('e2', NOW - 14 * DAY)];
    const meetings = [
      met('once', 'e1', 5),
      met('twice', 'e1', 3),
      met('twice', 'e2', 2),
      { ...met('call', 'e1'), kind: 'call' as const },
      met('elsewhere', 'not-in-series'),
    ];
    const shifts: EventShift[] = [
      { personId: 'helper', eventId: 'next', status: 'confirmed', deletedAt: 0 },
      { personId: 'cancelled', eventId: 'next', status: 'cancelled', deletedAt: 0 },
    ];
    expect(likelyAttendees(next, earlier, meetings, shifts, NONE)).toEqual([
      'helper',
      'twice',
      'once',
    ]);
    expect(likelyAttendees(next, earlier, meetings, shifts, new Set(['twice']))).toEqual([
      'helper',
      'once',
    ]);
  });

  it('keeps the list short', () => {
    const earlier = [event('e1', NOW - 7 * DAY)];
    const meetings = Array.from({ length: MAX_ATTENDEES + 5 }, (_, index) =>
      met(`p${String(index).padStart(2, '0')}`, 'e1'),
    );
    expect(likelyAttendees(next, earlier, meetings, [], NONE)).toHaveLength(MAX_ATTENDEES);
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
