// "Who to ask next" for one event, read through indexes only (it must stay fast with 50,000
// people): the event's roster by eventId, the standings of everyone who has volunteered (a few
// records, see shared/volunteers/volunteer-standings), the people who offer a topic that suits an
// open role (the *offers index, keys only), and who was met at the series' recent events
// (eventMeetings, keys only). Never all people. All in one read-only transaction: the forty-odd
// reads would otherwise each open their own. Decision: a "regular" is counted over the series'
// last REGULAR_WINDOW events before this one — someone met at three meetups years ago is not a
// regular any more, and the read stays bounded. Trashed people are dropped after ranking (a few
// key look-ups: the volunteers' figures records, which hold their names, and the others' person
// rows), so a little more than the screen shows is ranked. The roles asked for are the event's own
// (its roster's roles and people needed); an event whose roles were never set needs nobody yet.
import Dexie from 'dexie';
import { LIVE, type HallwayEvent } from '../../../shared/domain/entities';
import { eventRoleDefinitions } from '../../../shared/volunteers/event-roles';
import type { RoleDefinition, RoleLanguage } from '../../../shared/volunteers/roles';
import { ROLE_TOPICS } from '../../../shared/volunteers/role-topics';
import { rolesToAskFor, rosterGaps } from '../../../shared/volunteers/roster-gaps';
import {
  suggestVolunteers,
  type SuggestionReason,
} from '../../../shared/volunteers/suggest-volunteers';
import { allStandings } from '../../../shared/volunteers/volunteer-standings';
import type { HallwayDatabase } from '../../db/database';

/** The series' earlier events looked at to find regulars: a year of a monthly meetup. */
export const REGULAR_WINDOW = 12;
/** Candidates shown per role. */
export const SHOWN_PER_ROLE = 5;
const RANKED_PER_ROLE = SHOWN_PER_ROLE + 5;

export interface SuggestedVolunteer {
  personId: string;
  displayName: string;
  reasons: SuggestionReason[];
}

export interface RoleToAskFor {
  role: string;
  /** Places nobody has been asked for yet. */
  unasked: number;
  candidates: SuggestedVolunteer[];
}

export interface VolunteerSuggestions {
  event: HallwayEvent;
  /** Whether the event says which roles it needs at all. */
  hasRoles: boolean;
  roles: RoleToAskFor[];
  /** Topic key → label, for the "can offer" reasons. */
  topicLabels: ReadonlyMap<string, string>;
}

async function offersFor(
  db: HallwayDatabase,
  roles: readonly string[],
): Promise<Map<string, string[]>> {
  const topics = [...new Set(roles.flatMap((role) => ROLE_TOPICS.get(role) ?? []))];
  const holders = await Promise.all(
    topics.map((topic) => db.people.where('offers').equals(topic).primaryKeys()),
  );
  const offers = new Map<string, string[]>();
  topics.forEach((topic, index) => {
    for (const personId of holders[index]!) {
      const list = offers.get(personId) ?? [];
      list.push(topic);
      offers.set(personId, list);
    }
  });
  return offers;
}

async function seriesAttendanceBefore(
  db: HallwayDatabase,
  event: HallwayEvent,
): Promise<Map<string, number>> {
  const attendance = new Map<string, number>();
  if (event.series.trim() === '') return attendance;
  const recent = await db.events
    .where('[series+startsAt]')
    .between([event.series, -Infinity], [event.series, event.startsAt])
    .reverse()
    .filter((other) => other.deletedAt === LIVE && other.id !== event.id)
    .limit(REGULAR_WINDOW)
    .primaryKeys();
  // One bounded key range per event: a single getAllKeys each, the interactions never read.
  const pairs = await Promise.all(
    recent.map((id) =>
      db.eventMeetings
        .where('[eventId+personId]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .primaryKeys(),
    ),
  );
  for (const [, personId] of pairs.flat()) {
    attendance.set(personId, (attendance.get(personId) ?? 0) + 1);
  }
  return attendance;
}

/** The display names of the live people among `ids`: volunteers' from their records. */
async function liveNames(db: HallwayDatabase, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const others: string[] = [];
  const records = await db.volunteerFigures.bulkGet(ids);
  ids.forEach((id, index) => {
    const person = records[index]?.person;
    if (!records[index]) others.push(id);
    else if (person && !person.trashed) names.set(id, person.displayName);
  });
  for (const person of await db.people.bulkGet(others)) {
    if (person && person.deletedAt === LIVE) names.set(person.id, person.displayName);
  }
  return names;
}

export function loadVolunteerSuggestions(
  db: HallwayDatabase,
  eventId: string,
  organizerRoles: readonly RoleDefinition[],
  language: RoleLanguage,
  now: number,
): Promise<VolunteerSuggestions | null> {
  const tables = [
    db.events,
    db.volunteerShifts,
    db.volunteerFigures,
    db.volunteerStandings,
    db.people,
    db.eventMeetings,
    db.topics,
  ];
  return db.transaction('r', tables, () =>
    suggestionsFor(db, eventId, organizerRoles, language, now),
  );
}

async function suggestionsFor(
  db: HallwayDatabase,
  eventId: string,
  organizerRoles: readonly RoleDefinition[],
  language: RoleLanguage,
  now: number,
): Promise<VolunteerSuggestions | null> {
  const event = await db.events.get(eventId);
  if (!event || event.deletedAt !== LIVE) return null;
  const shifts = await db.volunteerShifts.where('eventId').equals(eventId).toArray();
  const roleDefinitions = eventRoleDefinitions(event.volunteerRoles, organizerRoles, language);
  const gaps = rosterGaps(roleDefinitions, shifts).filter((gap) => gap.unasked > 0);
  const roles = rolesToAskFor(gaps);
  const hasRoles = roleDefinitions.length > 0;
  if (roles.length === 0) return { event, hasRoles, roles: [], topicLabels: new Map() };
  const [standings, offers, seriesAttendance] = await Promise.all([
    db.volunteerStandings.toArray(),
    offersFor(db, roles),
    seriesAttendanceBefore(db, event),
  ]);
  const ranked = suggestVolunteers({
    roles,
    rosterPersonIds: new Set(
      shifts.filter((shift) => shift.deletedAt === LIVE).map((shift) => shift.personId),
    ),
    volunteers: new Map(allStandings(standings).map((standing) => [standing.personId, standing])),
    seriesAttendance,
    offers,
    now,
    limit: RANKED_PER_ROLE,
  });
  const ids = [...new Set(ranked.flatMap((role) => role.candidates.map((c) => c.personId)))];
  const topicKeys = [
    ...new Set(
      ranked.flatMap((role) =>
        role.candidates.flatMap((candidate) =>
          candidate.reasons.flatMap((reason) =>
            reason.kind === 'offers-matching-topics' ? reason.topics : [],
          ),
        ),
      ),
    ),
  ];
  const [names, topics] = await Promise.all([liveNames(db, ids), db.topics.bulkGet(topicKeys)]);
  return {
    event,
    hasRoles,
    roles: ranked.map(({ role, candidates }) => ({
      role,
      unasked: gaps.find((gap) => gap.role === role)?.unasked ?? 0,
      candidates: candidates
        .filter((candidate) => names.has(candidate.personId))
        .slice(0, SHOWN_PER_ROLE)
        .map((candidate) => ({
          personId: candidate.personId,
          displayName: names.get(candidate.personId)!,
          reasons: candidate.reasons,
        })),
    })),
    topicLabels: new Map(
      topics.flatMap((topic) => (topic ? [[topic.key, topic.label] as const] : [])),
    ),
  };
}
