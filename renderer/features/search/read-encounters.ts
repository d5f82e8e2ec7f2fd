// Reads what the search index keeps of people's interactions and volunteer shifts
// (shared/search/person-encounters): for a few people through their personId indexes, for many or
// all by reading the tables once. And which people a change of interactions, shifts or events
// concerns: the people of those rows (trashed ones too, whose text must leave the index) and the
// people met or volunteering at those events.
import Dexie from 'dexie';
import type { HallwayEvent, Interaction, VolunteerShift } from '../../../shared/domain/entities';
import { collectEncounters, type EncountersOf } from '../../../shared/search/person-encounters';
import type { HallwayDatabase } from '../../db/database';

/** Above this many people, one read of every interaction beats a range read per person. */
const READ_ALL_ABOVE = 500;

async function interactionsOf(
  db: HallwayDatabase,
  personIds: readonly string[] | 'all',
): Promise<Interaction[]> {
  if (personIds === 'all' || personIds.length > READ_ALL_ABOVE) return db.interactions.toArray();
  const perPerson = await Promise.all(
    personIds.map((id) =>
      db.interactions
        .where('[personId+at]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .toArray(),
    ),
  );
  return perPerson.flat();
}

function shiftsOf(
  db: HallwayDatabase,
  personIds: readonly string[] | 'all',
): Promise<VolunteerShift[]> {
  if (personIds === 'all' || personIds.length > READ_ALL_ABOVE) return db.volunteerShifts.toArray();
  return db.volunteerShifts
    .where('personId')
    .anyOf([...personIds])
    .toArray();
}

/** The encounters of these people (or everyone's), ready for the index. */
export async function readEncounters(
  db: HallwayDatabase,
  personIds: readonly string[] | 'all',
): Promise<EncountersOf> {
  const [interactions, shifts] = await Promise.all([
    interactionsOf(db, personIds),
    shiftsOf(db, personIds),
  ]);
  const eventIds = [
    ...new Set([
      ...interactions.flatMap(({ eventId }) => (eventId ? [eventId] : [])),
      ...shifts.map(({ eventId }) => eventId),
    ]),
  ];
  const events = await db.events.bulkGet(eventIds);
  const eventsById = new Map(
    events.filter((event): event is HallwayEvent => event !== undefined).map((e) => [e.id, e]),
  );
  const encounters = collectEncounters(interactions, shifts, eventsById);
  return (personId) => encounters.get(personId);
}

export interface EncounterChanges {
  interactions: Iterable<string>;
  volunteerShifts: Iterable<string>;
  events: Iterable<string>;
}

/** The people whose encounters these changed interactions, shifts and events may have changed. */
export async function peopleConcerned(
  db: HallwayDatabase,
  changes: EncounterChanges,
): Promise<string[]> {
  const eventIds = [...changes.events];
  const atEvents = (table: 'interactions' | 'volunteerShifts') =>
    eventIds.length > 0 ? db[table].where('eventId').anyOf(eventIds).toArray() : [];
  const rows = await Promise.all([
    db.interactions.bulkGet([...changes.interactions]),
    db.volunteerShifts.bulkGet([...changes.volunteerShifts]),
    atEvents('interactions'),
    atEvents('volunteerShifts'),
  ]);
  const people = new Set<string>();
  for (const row of rows.flat()) if (row) people.add(row.personId);
  return [...people];
}
