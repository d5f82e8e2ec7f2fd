// Reads what the search index keeps of people's interactions (shared/search/person-encounters):
// for a few people through the [personId+at] index, for many or all by reading the tables once.
// And which people a change of interactions or events concerns: the people of those
// interactions (trashed ones too, whose note must leave the index) and the people met at those
// events.
import Dexie from 'dexie';
import type { HallwayEvent, Interaction } from '../../../shared/domain/entities';
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

/** The encounters of these people (or everyone's), ready for the index. */
export async function readEncounters(
  db: HallwayDatabase,
  personIds: readonly string[] | 'all',
): Promise<EncountersOf> {
  const interactions = await interactionsOf(db, personIds);
  const eventIds = [...new Set(interactions.flatMap(({ eventId }) => (eventId ? [eventId] : [])))];
  const events = await db.events.bulkGet(eventIds);
  const eventsById = new Map(
    events.filter((event): event is HallwayEvent => event !== undefined).map((e) => [e.id, e]),
  );
  const encounters = collectEncounters(interactions, eventsById);
  return (personId) => encounters.get(personId);
}

/** The people whose encounters these changed interactions and events may have changed. */
export async function peopleConcerned(
  db: HallwayDatabase,
  interactionIds: readonly string[],
  eventIds: readonly string[],
): Promise<string[]> {
  const changed = await db.interactions.bulkGet([...interactionIds]);
  const atEvents =
    eventIds.length > 0
      ? await db.interactions
          .where('eventId')
          .anyOf([...eventIds])
          .toArray()
      : [];
  const people = new Set<string>();
  for (const interaction of [...changed, ...atEvents]) {
    if (interaction) people.add(interaction.personId);
  }
  return [...people];
}
