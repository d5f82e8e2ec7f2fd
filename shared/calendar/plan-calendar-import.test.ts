import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from './parse-ics';
import { planCalendarImport } from './plan-calendar-import';

const calendarEvent = (uid: string, line: number, startsAt = 1_000): CalendarEvent => ({
  uid,
  name: `Event ${uid}`,
  startsAt,
  endsAt: null,
  allDay: false,
  location: '',
  url: '',
  description: '',
  line,
});

describe('planCalendarImport', () => {
  it('sorts events into new, updated (with only what changed) and unchanged', () => {
    const stored = [
      {
        id: 'a',
        calendarUid: 'u1',
        name: 'Event u1',
        startsAt: 1_000,
        endsAt: null,
        location: '',
        url: '',
        notes: '',
      },
      {
        id: 'b',
        calendarUid: 'u2',
        name: 'Event u2',
        startsAt: 1_000,
        endsAt: null,
        location: '',
        url: '',
        notes: '',
      },
    ];
    const plan = planCalendarImport(
      [calendarEvent('u1', 3), calendarEvent('u2', 9, 5_000), calendarEvent('u3', 15)],
      stored,
    );
    expect(plan.unchanged.map((event) => event.uid)).toEqual(['u1']);
    expect(plan.updated).toEqual([
      { id: 'b', event: expect.anything(), changes: { startsAt: 5_000 } },
    ]);
    expect(plan.added.map((event) => event.uid)).toEqual(['u3']);
  });

  it('takes the first of two events with one UID and lists the second', () => {
    const plan = planCalendarImport([calendarEvent('u1', 3), calendarEvent('u1', 9)], []);
    expect(plan.added).toHaveLength(1);
    expect(plan.duplicates).toEqual([{ line: 9, reason: 'duplicate-uid', name: 'Event u1' }]);
  });
});
