// The reads behind the Insights screen, narrowed to what its charts count, in one read-only
// transaction. Measured at 50,000 people (e2e/perf/benchmarks/insights.bench.mjs), one request
// per thing counted is what costs, not the bytes: so who was met at an event is one count() of its
// eventMeetings key range per event of the range (never the 200,000 interactions, nor the 100,000
// meeting keys), and the topics of the people added in the range come with their rows, one range
// of [deletedAt+createdAt] (a query per topic over *interests was some 300 requests, ten times
// slower). The small tables (events, introductions, follow-ups, shifts) are read whole.
import Dexie from 'dexie';
import { LIVE, type VolunteerShift } from '../../shared/domain/entities';
import type { InsightFollowUp } from '../../shared/insights/follow-ups-by-month';
import {
  instantsOf,
  monthLocator,
  type MonthIndex,
  type MonthRange,
} from '../../shared/insights/insight-months';
import type { InsightIntroduction } from '../../shared/insights/introductions-over-time';
import type { InsightEvent } from '../../shared/insights/people-met-by-month';
import type { InsightShift } from '../../shared/insights/volunteer-hours';
import type { ZoneClock } from '../../shared/time/zone-clock';
import type { HallwayDatabase } from '../db/database';

export interface InsightsSource {
  events: InsightEvent[];
  /** How many people were met at each event, by event id. */
  peopleMetAt: Map<string, number>;
  introductions: InsightIntroduction[];
  followUps: InsightFollowUp[];
  shifts: InsightShift[];
  /** The month each live person added in the range was added. */
  addedIn: Map<string, MonthIndex>;
  /** The ids of the people with each topic (interests), by topic key. */
  peopleWithTopic: Map<string, string[]>;
  /** Topic labels by key. */
  topicLabels: Map<string, string>;
}

/** How many people were met at each event (the eventMeetings pairs of its key range). */
async function countPeopleMet(
  db: HallwayDatabase,
  eventIds: readonly string[],
): Promise<Map<string, number>> {
  const counts = await Promise.all(
    eventIds.map((id) =>
      db.eventMeetings
        .where('[eventId+personId]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .count(),
    ),
  );
  return new Map(eventIds.map((id, index) => [id, counts[index]]));
}

/** Who was added in which month of the range, and who of them has which topic. */
async function readPeopleAdded(db: HallwayDatabase, clock: ZoneClock, range: MonthRange) {
  const [from, to] = instantsOf(clock, range);
  const people = await db.people
    .where('[deletedAt+createdAt]')
    .between([LIVE, from], [LIVE, to])
    .toArray();
  const monthOf = monthLocator(clock, range);
  const addedIn = new Map<string, MonthIndex>();
  const peopleWithTopic = new Map<string, string[]>();
  for (const person of people) {
    addedIn.set(person.id, monthOf(person.createdAt)!);
    for (const topic of person.interests) {
      const ids = peopleWithTopic.get(topic);
      if (ids) ids.push(person.id);
      else peopleWithTopic.set(topic, [person.id]);
    }
  }
  return { addedIn, peopleWithTopic };
}

export function readInsightsSource(
  db: HallwayDatabase,
  clock: ZoneClock,
  range: MonthRange,
): Promise<InsightsSource> {
  const tables = [
    db.events,
    db.eventMeetings,
    db.introductions,
    db.followUps,
    db.volunteerShifts,
    db.people,
    db.topics,
  ];
  const [from, to] = instantsOf(clock, range);
  return db.transaction('r', tables, async () => {
    const [events, introductions, followUps, shifts, added, topics] = await Promise.all([
      db.events.where('deletedAt').equals(LIVE).toArray(),
      db.introductions.where('deletedAt').equals(LIVE).toArray(),
      db.followUps.toArray(),
      db.volunteerShifts.where('deletedAt').equals(LIVE).toArray(),
      readPeopleAdded(db, clock, range),
      db.topics.toArray(),
    ]);
    const inRange = events.filter((event) => event.startsAt >= from && event.startsAt < to);
    const peopleMetAt = await countPeopleMet(
      db,
      inRange.map((event) => event.id),
    );
    return {
      events,
      peopleMetAt,
      introductions,
      followUps,
      shifts,
      addedIn: added.addedIn,
      peopleWithTopic: added.peopleWithTopic,
      topicLabels: new Map(topics.map((topic) => [topic.key, topic.label])),
    };
  });
}

/** The names of volunteers, from their figures records (no person rows). */
export async function readVolunteerNames(
  db: HallwayDatabase,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  const records = await db.volunteerFigures.bulkGet([...personIds]);
  const names = new Map<string, string>();
  records.forEach((record, index) => {
    if (record?.person) names.set(personIds[index], record.person.displayName);
  });
  return names;
}

/** One event's live volunteer shifts (the eventId index), for its page's small chart. */
export function readEventShifts(db: HallwayDatabase, eventId: string): Promise<VolunteerShift[]> {
  return db.volunteerShifts
    .where('eventId')
    .equals(eventId)
    .filter((shift) => shift.deletedAt === LIVE)
    .toArray();
}
