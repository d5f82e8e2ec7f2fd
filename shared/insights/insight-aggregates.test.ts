import { describe, expect, it } from 'vitest';
import { zoneClock } from '../time/zone-clock';
import { followUpsByMonth } from './follow-ups-by-month';
import { hoursByRole } from './hours-by-role';
import {
  instantsOf,
  lastMonths,
  monthIndexAt,
  monthIndexOf,
  monthLocator,
  monthsOf,
  monthStartAt,
} from './insight-months';
import { interactionsPerMonth } from './interactions-per-month';
import { introductionsOverTime } from './introductions-over-time';
import {
  MAX_SERIES_SHOWN,
  OTHER_SERIES,
  peopleMetByMonth,
  type InsightEvent,
} from './people-met-by-month';
import { topicsGrowing } from './topics-growing';
import {
  busiestVolunteerSeries,
  topVolunteers,
  volunteerHoursByEvent,
  type InsightShift,
} from './volunteer-hours';

const tokyo = zoneClock('Asia/Tokyo')!;
const newYork = zoneClock('America/New_York')!;
const JAN_2026 = monthIndexOf(2026, 1);
const FEB_2026 = monthIndexOf(2026, 2);
const MAR_2026 = monthIndexOf(2026, 3);
const firstQuarter = { from: JAN_2026, to: MAR_2026 };

function event(id: string, series: string, startsAt: string, deletedAt = 0): InsightEvent {
  return { id, name: `Event ${id}`, series, startsAt: Date.parse(startsAt), deletedAt };
}

describe('months in the user time zone', () => {
  it('counts 00:30 on the 1st in Tokyo in the new month, though UTC still shows the old one', () => {
    const at = Date.parse('2026-02-01T00:30:00+09:00');
    expect(monthIndexAt(tokyo, at)).toBe(FEB_2026);
    expect(new Date(at).getUTCMonth()).toBe(0);
  });

  it('counts 23:30 on the 31st in New York in the old month, though UTC shows the next', () => {
    expect(monthIndexAt(newYork, Date.parse('2026-01-31T23:30:00-05:00'))).toBe(JAN_2026);
  });

  it('gives a range its instants: midnight of the first month to midnight after the last', () => {
    expect(instantsOf(tokyo, firstQuarter)).toEqual([
      Date.parse('2026-01-01T00:00:00+09:00'),
      Date.parse('2026-04-01T00:00:00+09:00'),
    ]);
  });

  it('lists a range and finds the last months', () => {
    expect(monthsOf(firstQuarter)).toEqual([JAN_2026, FEB_2026, MAR_2026]);
    expect(lastMonths(tokyo, Date.parse('2026-03-05T12:00:00Z'), 3)).toEqual(firstQuarter);
  });
});

describe('peopleMetByMonth', () => {
  it('counts the people met at each event in its month and series, in the zone', () => {
    const events = [
      event('a', 'Shibuya.js', '2026-01-31T23:30:00+09:00'),
      event('b', 'Shibuya.js', '2026-02-01T00:30:00+09:00'),
      event('c', 'RustFest', '2026-02-10T19:00:00+09:00'),
      event('trashed', 'RustFest', '2026-02-11T19:00:00+09:00', 5),
      event('before', 'RustFest', '2025-12-31T23:59:00+09:00'),
    ];
    const met = new Map([
      ['a', 3],
      ['b', 2],
      ['c', 4],
      ['trashed', 9],
      ['before', 7],
    ]);
    expect(peopleMetByMonth(events, met, tokyo, firstQuarter, null)).toEqual([
      { month: JAN_2026, series: 'Shibuya.js', people: 3 },
      { month: FEB_2026, series: 'RustFest', people: 4 },
      { month: FEB_2026, series: 'Shibuya.js', people: 2 },
    ]);
    expect(peopleMetByMonth(events, met, tokyo, firstQuarter, 'RustFest')).toEqual([
      { month: FEB_2026, series: 'RustFest', people: 4 },
    ]);
  });

  it('folds the series beyond the biggest into one band', () => {
    const count = MAX_SERIES_SHOWN + 2;
    const events = Array.from({ length: count }, (_, index) =>
      event(`e${index}`, `S${index}`, '2026-01-10T10:00:00+09:00'),
    );
    const met = new Map(events.map((row, index) => [row.id, 100 - index]));
    const rows = peopleMetByMonth(events, met, tokyo, firstQuarter, null);
    expect(rows).toHaveLength(MAX_SERIES_SHOWN + 1);
    expect(rows.find((row) => row.series === OTHER_SERIES)?.people).toBe(
      100 - MAX_SERIES_SHOWN + (100 - MAX_SERIES_SHOWN - 1),
    );
  });
});

describe('introductionsOverTime', () => {
  it('counts each step in the month it was reached', () => {
    const rows = introductionsOverTime(
      [
        {
          status: 'connected',
          statusDates: {
            made: Date.parse('2026-01-31T20:00:00-05:00'),
            connected: Date.parse('2026-03-02T10:00:00-05:00'),
          },
          madeAt: null,
          deletedAt: 0,
        },
        {
          status: 'made',
          statusDates: {},
          madeAt: Date.parse('2026-02-02T10:00:00Z'),
          deletedAt: 0,
        },
        {
          status: 'declined',
          statusDates: { declined: Date.parse('2026-02-03T10:00:00Z') },
          madeAt: null,
          deletedAt: 1,
        },
      ],
      newYork,
      firstQuarter,
    );
    expect(rows).toEqual([
      { month: JAN_2026, step: 'made', count: 1 },
      { month: FEB_2026, step: 'made', count: 1 },
      { month: MAR_2026, step: 'connected', count: 1 },
    ]);
  });
});

describe('followUpsByMonth', () => {
  it('counts follow-ups due by due month and done by the month they were done', () => {
    const rows = followUpsByMonth(
      [
        {
          dueAt: Date.parse('2026-01-31T23:00:00+09:00'),
          status: 'done',
          updatedAt: Date.parse('2026-02-01T08:00:00+09:00'),
        },
        { dueAt: Date.parse('2026-01-15T10:00:00+09:00'), status: 'open', updatedAt: 0 },
        { dueAt: Date.parse('2026-04-01T00:00:00+09:00'), status: 'dismissed', updatedAt: 0 },
      ],
      tokyo,
      firstQuarter,
    );
    expect(rows).toEqual([
      { month: JAN_2026, measure: 'due', count: 2 },
      { month: FEB_2026, measure: 'done', count: 1 },
    ]);
  });
});

describe('volunteer hours', () => {
  const events = [
    event('jan', 'Shibuya.js', '2026-01-10T19:00:00+09:00'),
    event('feb', 'Shibuya.js', '2026-02-10T19:00:00+09:00'),
    event('rust', 'RustFest', '2026-02-20T10:00:00+09:00'),
    event('late', 'Shibuya.js', '2026-04-01T00:00:00+09:00'),
  ];
  const eventsById = new Map(events.map((row) => [row.id, row]));
  const shift = (
    eventId: string,
    personId: string,
    hours: number,
    status: InsightShift['status'] = 'attended',
  ): InsightShift => ({ eventId, personId, hours, status, deletedAt: 0 });
  const shifts = [
    shift('jan', 'aoi', 2),
    shift('feb', 'aoi', 3.5),
    shift('feb', 'bruno', 4),
    shift('feb', 'chen', 8, 'no-show'),
    shift('rust', 'chen', 10),
    shift('late', 'bruno', 20),
  ];
  const [from, to] = instantsOf(tokyo, firstQuarter);

  it('sums attended hours per event in the range, oldest first', () => {
    expect(
      volunteerHoursByEvent(shifts, eventsById, { from, to, series: null }).map((row) => [
        row.eventId,
        row.hours,
      ]),
    ).toEqual([
      ['jan', 2],
      ['feb', 7.5],
      ['rust', 10],
    ]);
  });

  it('ranks the volunteers of a series and finds the busiest series', () => {
    const scope = { from, to, series: 'Shibuya.js' };
    expect(topVolunteers(shifts, eventsById, scope)).toEqual([
      { personId: 'aoi', hours: 5.5 },
      { personId: 'bruno', hours: 4 },
    ]);
    expect(busiestVolunteerSeries(shifts, eventsById, { from, to, series: null })).toBe('RustFest');
  });

  it('sums an event’s hours by role', () => {
    expect(
      hoursByRole([
        { role: 'reception', hours: 2, status: 'attended', deletedAt: 0 },
        { role: 'reception', hours: 1.5, status: 'attended', deletedAt: 0 },
        { role: 'photos', hours: 4, status: 'attended', deletedAt: 0 },
        { role: 'mc', hours: 3, status: 'cancelled', deletedAt: 0 },
      ]),
    ).toEqual([
      { role: 'photos', hours: 4 },
      { role: 'reception', hours: 3.5 },
    ]);
  });
});

describe('topicsGrowing', () => {
  it('counts the people added each month per topic, zeros included, biggest topics only', () => {
    const addedIn = new Map([
      ['aoi', JAN_2026],
      ['bruno', FEB_2026],
      ['chen', FEB_2026],
    ]);
    const rows = topicsGrowing(
      addedIn,
      new Map([
        ['rust', ['aoi', 'bruno', 'chen', 'not-in-range']],
        ['design', ['chen']],
        ['nobody', ['not-in-range']],
      ]),
      monthsOf(firstQuarter),
    );
    expect(rows).toEqual([
      { month: JAN_2026, topic: 'rust', people: 1 },
      { month: FEB_2026, topic: 'rust', people: 2 },
      { month: MAR_2026, topic: 'rust', people: 0 },
      { month: JAN_2026, topic: 'design', people: 0 },
      { month: FEB_2026, topic: 'design', people: 1 },
      { month: MAR_2026, topic: 'design', people: 0 },
    ]);
  });
});

describe('interactionsPerMonth', () => {
  it('counts a person’s live interactions by month and kind, in the zone', () => {
    expect(
      interactionsPerMonth(
        [
          { at: Date.parse('2026-02-01T00:10:00+09:00'), kind: 'met', deletedAt: 0 },
          { at: Date.parse('2026-02-20T10:00:00+09:00'), kind: 'met', deletedAt: 0 },
          { at: Date.parse('2026-01-20T10:00:00+09:00'), kind: 'call', deletedAt: 0 },
          { at: Date.parse('2026-01-21T10:00:00+09:00'), kind: 'call', deletedAt: 3 },
        ],
        tokyo,
        firstQuarter,
      ),
    ).toEqual([
      { month: JAN_2026, kind: 'call', count: 1 },
      { month: FEB_2026, kind: 'met', count: 2 },
    ]);
  });
});

describe('monthLocator', () => {
  it('agrees with the zone clock at every month boundary of the range, and is undefined outside', () => {
    for (const clock of [tokyo, newYork]) {
      const locate = monthLocator(clock, firstQuarter);
      const [from, to] = instantsOf(clock, firstQuarter);
      expect(locate(from - 1)).toBeUndefined();
      expect(locate(to)).toBeUndefined();
      for (const month of monthsOf(firstQuarter)) {
        const start = monthStartAt(clock, month);
        expect(locate(start)).toBe(month);
        expect(locate(start)).toBe(monthIndexAt(clock, start));
        if (month > firstQuarter.from) expect(locate(start - 1)).toBe(month - 1);
      }
    }
  });
});
