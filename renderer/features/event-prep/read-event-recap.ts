// The reads behind a past event's recap: who was met there (eventMeetings), the introductions made
// there and the follow-ups its meetings leave; the choices are pure (shared/events/event-recap).
import {
  LIVE,
  type HallwayEvent,
  type Introduction,
  type Person,
} from '../../../shared/domain/entities';
import {
  followUpsFromEvent,
  introductionsMadeAt,
  type RecapFollowUp,
} from '../../../shared/events/event-recap';
import type { ZonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import type { HallwayDatabase } from '../../db/database';
import { getSetting } from '../../repositories/settings-repository';
import { peopleMetAt } from './read-event-prep';

export interface EventRecap {
  met: Person[];
  introductions: Introduction[];
  followUps: RecapFollowUp[];
  /** Everyone the recap names, by id. */
  people: ReadonlyMap<string, Person>;
}

export async function readEventRecap(
  db: HallwayDatabase,
  event: HallwayEvent,
  calendar: ZonedCalendar,
): Promise<EventRecap> {
  const [metIds, meetings, introductions, windowDays] = await Promise.all([
    peopleMetAt(db, event.id),
    db.interactions.where('eventId').equals(event.id).toArray(),
    db.introductions.where('deletedAt').equals(LIVE).toArray(),
    getSetting(db, 'followUps.windowDays'),
  ]);
  const made = introductionsMadeAt(
    { eventId: event.id, startsAt: event.startsAt, endsAt: event.endsAt },
    introductions,
    new Set(metIds),
    calendar,
  );
  const [latest, stored] = await Promise.all([
    db.latestInteractions.bulkGet(metIds),
    db.followUps
      .where('rule')
      .anyOf(meetings.map(({ id }) => `met:${id}`))
      .toArray(),
  ]);
  const ids = [...new Set([...metIds, ...made.flatMap(({ aId, bId }) => [aId, bId])])];
  const people = new Map(
    (await db.people.bulkGet(ids)).flatMap((person) =>
      person && person.deletedAt === LIVE ? [[person.id, person] as const] : [],
    ),
  );
  const followUps = followUpsFromEvent(
    meetings,
    event.id,
    new Map(latest.flatMap((row) => (row ? [[row.personId, row] as const] : []))),
    new Map(stored.map((followUp) => [followUp.rule, followUp])),
    calendar,
    windowDays,
  ).filter(({ personId }) => people.has(personId));
  return {
    met: metIds
      .flatMap((id) => people.get(id) ?? [])
      .sort((a, b) => a.sortName.localeCompare(b.sortName)),
    introductions: made.filter(({ aId, bId }) => people.has(aId) && people.has(bId)),
    followUps,
    people,
  };
}
