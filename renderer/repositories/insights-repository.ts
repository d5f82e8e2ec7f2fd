// The reads behind the Insights screen, narrowed to what its charts count: who was met at each
// event as eventMeetings keys (never the 200,000 interactions), who was added in each month as
// primary keys of one [deletedAt+createdAt] range per month, who has each topic as primary keys of
// the *interests index (never a person row), and the small tables (events, introductions,
// follow-ups, shifts) whole. All in one read-only transaction, the reads side by side.
import { LIVE, type VolunteerShift } from '../../shared/domain/entities';
import type { InsightFollowUp } from '../../shared/insights/follow-ups-by-month';
import {
  monthStartAt,
  monthsOf,
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

function countByEvent(pairs: readonly [string, string][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [eventId] of pairs) counts.set(eventId, (counts.get(eventId) ?? 0) + 1);
  return counts;
}

async function readAddedIn(
  db: HallwayDatabase,
  clock: ZoneClock,
  range: MonthRange,
): Promise<Map<string, MonthIndex>> {
  const months = monthsOf(range);
  const idsByMonth = await Promise.all(
    months.map((month) =>
      db.people
        .where('[deletedAt+createdAt]')
        .between([LIVE, monthStartAt(clock, month)], [LIVE, monthStartAt(clock, month + 1)])
        .primaryKeys(),
    ),
  );
  const addedIn = new Map<string, MonthIndex>();
  months.forEach((month, index) => {
    for (const id of idsByMonth[index]) addedIn.set(id, month);
  });
  return addedIn;
}

async function readPeopleWithTopic(
  db: HallwayDatabase,
  topicKeys: readonly string[],
): Promise<Map<string, string[]>> {
  const ids = await Promise.all(
    topicKeys.map((key) => db.people.where('interests').equals(key).primaryKeys()),
  );
  return new Map(topicKeys.map((key, index) => [key, ids[index]]));
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
  return db.transaction('r', tables, async () => {
    const [events, pairs, introductions, followUps, shifts, addedIn, topics] = await Promise.all([
      db.events.where('deletedAt').equals(LIVE).toArray(),
      db.eventMeetings.toCollection().primaryKeys(),
      db.introductions.where('deletedAt').equals(LIVE).toArray(),
      db.followUps.toArray(),
      db.volunteerShifts.where('deletedAt').equals(LIVE).toArray(),
      readAddedIn(db, clock, range),
      db.topics.toArray(),
    ]);
    const peopleWithTopic = await readPeopleWithTopic(
      db,
      topics.map((topic) => topic.key),
    );
    return {
      events,
      peopleMetAt: countByEvent(pairs),
      introductions,
      followUps,
      shifts,
      addedIn,
      peopleWithTopic,
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
