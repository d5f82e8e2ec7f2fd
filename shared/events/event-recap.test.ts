import { describe, expect, it } from 'vitest';
import { zonedCalendar } from '../follow-ups/zoned-calendar';
import { followUpsFromEvent, introductionsMadeAt, type RecapIntroduction } from './event-recap';

const tokyo = zonedCalendar('Asia/Tokyo');
// 19:00 on 15 January 2030 in Tokyo.
const EVENT = { eventId: 'e1', startsAt: Date.UTC(2030, 0, 15, 10), endsAt: null };
const HOUR = 3_600_000;

const introduction = (
  id: string,
  fields: Partial<RecapIntroduction> & Pick<RecapIntroduction, 'aId' | 'bId'>,
): RecapIntroduction => ({ id, madeAt: null, deletedAt: 0, status: 'made', ...fields });

const facts = (eventIds: string[]) => ({
  personId: 'x',
  candidateId: 'y',
  reasons: {
    candidateOffers: [],
    personOffers: [],
    sharedInterests: ['rust'],
    sharedLanguages: [],
    sameCity: null,
    sharedUpcomingEventIds: eventIds,
  },
});

describe('introductionsMadeAt', () => {
  it('takes introductions made on the event’s day between people met there, or naming it', () => {
    const met = new Set(['a', 'b', 'c']);
    const made = introductionsMadeAt(
      EVENT,
      [
        introduction('same-night', { aId: 'a', bId: 'b', madeAt: EVENT.startsAt + 3 * HOUR }),
        // 00:30 the next day in Tokyo: another day.
        introduction('next-day', { aId: 'a', bId: 'c', madeAt: EVENT.startsAt + 5.5 * HOUR }),
        introduction('stranger', { aId: 'a', bId: 'z', madeAt: EVENT.startsAt + HOUR }),
        introduction('named', { aId: 'y', bId: 'z', reasonFacts: facts(['e1']), status: 'idea' }),
        introduction('other-event', { aId: 'a', bId: 'b', reasonFacts: facts(['e2']) }),
        introduction('trashed', { aId: 'a', bId: 'b', madeAt: EVENT.startsAt, deletedAt: 5 }),
      ],
      met,
      tokyo,
    );
    expect(made.map(({ id }) => id)).toEqual(['same-night', 'named']);
  });
});

describe('followUpsFromEvent', () => {
  const meeting = (id: string, personId: string, eventId = 'e1') => ({
    id,
    personId,
    at: EVENT.startsAt,
    kind: 'met' as const,
    eventId,
    deletedAt: 0,
  });

  it('leaves a follow-up per meeting with nothing logged since, unless done or dismissed', () => {
    const due = followUpsFromEvent(
      [meeting('m1', 'ada'), meeting('m2', 'ben'), meeting('m3', 'cy'), meeting('m4', 'di')],
      'e1',
      new Map([
        ['ada', { interactionId: 'm1' }],
        ['ben', { interactionId: 'later-message' }],
        ['cy', { interactionId: 'm3' }],
        ['di', { interactionId: 'm4' }],
      ]),
      new Map([
        ['met:m3', { status: 'done' as const, dueAt: 0 }],
        ['met:m4', { status: 'snoozed' as const, dueAt: Date.UTC(2030, 1, 1) }],
      ]),
      tokyo,
      3,
    );
    expect(due).toEqual([
      {
        personId: 'ada',
        interactionId: 'm1',
        key: 'met:m1',
        metAt: EVENT.startsAt,
        // Three days after the 15th, from midnight in Tokyo.
        dueAt: Date.UTC(2030, 0, 17, 15),
      },
      {
        personId: 'di',
        interactionId: 'm4',
        key: 'met:m4',
        metAt: EVENT.startsAt,
        dueAt: Date.UTC(2030, 1, 1),
      },
    ]);
  });
});
