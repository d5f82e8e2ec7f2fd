import { describe, expect, it } from 'vitest';
import { volunteerThanks, type EndedShift } from './volunteer-thanks-rule';
import { zonedCalendar } from './zoned-calendar';

const utc = zonedCalendar('UTC');
const ENDS_AT = Date.UTC(2026, 0, 10, 21);
const DAY = 86_400_000;

function shift(fields: Partial<EndedShift> = {}): EndedShift {
  return {
    id: 's1',
    eventId: 'meetup',
    personId: 'ada',
    endsAt: ENDS_AT,
    status: 'attended',
    deletedAt: 0,
    ...fields,
  };
}

const NONE = new Set<string>();

describe('rule 4: thank a volunteer', () => {
  it('asks for a thank-you once the shift is over, due the next day', () => {
    expect(volunteerThanks([shift()], NONE, utc, ENDS_AT + 1)).toEqual([
      {
        key: 'thank:s1',
        rule: 'thank',
        personIds: ['ada'],
        dueAt: Date.UTC(2026, 0, 11),
        visibleFrom: ENDS_AT,
        eventId: 'meetup',
        shiftId: 's1',
      },
    ]);
  });

  it('waits for the end of the shift and for attendance', () => {
    expect(volunteerThanks([shift()], NONE, utc, ENDS_AT - 1)).toEqual([]);
    expect(volunteerThanks([shift({ status: 'no-show' })], NONE, utc, ENDS_AT + 1)).toEqual([]);
    expect(volunteerThanks([shift({ status: 'confirmed' })], NONE, utc, ENDS_AT + 1)).toEqual([]);
  });

  it('lets shifts older than 30 days, trashed shifts and trashed people go', () => {
    expect(volunteerThanks([shift()], NONE, utc, ENDS_AT + 32 * DAY)).toEqual([]);
    expect(volunteerThanks([shift({ deletedAt: 3 })], NONE, utc, ENDS_AT + 1)).toEqual([]);
    expect(volunteerThanks([shift()], new Set(['ada']), utc, ENDS_AT + 1)).toEqual([]);
  });
});
