// Reads what the network graph is built from (shared/network/network-source): the live people,
// relationships and made introductions, the live events, who the user met at which event (the
// derived eventMeetings table, by its keys alone) and how many live interactions each person has.
import { LIVE } from '../../shared/domain/entities';
import type { NetworkSource } from '../../shared/network/network-source';
import type { HallwayDatabase } from '../db/database';

async function interactionCounts(db: HallwayDatabase): Promise<Map<string, number>> {
  // Read whole (one getAll) and counted here: walking the [personId+at] index keys with a cursor
  // took 8 s for 200,000 interactions in Chromium, reading the rows 1.3 s.
  const counts = new Map<string, number>();
  for (const { personId, deletedAt } of await db.interactions.toArray()) {
    if (deletedAt === LIVE) counts.set(personId, (counts.get(personId) ?? 0) + 1);
  }
  return counts;
}

export async function loadNetworkSource(db: HallwayDatabase): Promise<NetworkSource> {
  return db.transaction(
    'r',
    [db.people, db.interactions, db.eventMeetings, db.events, db.relationships, db.introductions],
    async () => {
      const [people, counts, meetingKeys, events, relationships, introductions] = await Promise.all(
        [
          db.people.where('deletedAt').equals(LIVE).toArray(),
          interactionCounts(db),
          db.eventMeetings.toCollection().primaryKeys(),
          db.events.where('deletedAt').equals(LIVE).toArray(),
          db.relationships.toArray(),
          db.introductions.where('status').anyOf('made', 'connected').toArray(),
        ],
      );
      return {
        people,
        interactionCounts: counts,
        meetings: meetingKeys.map(([eventId, personId]) => ({ eventId, personId })),
        events,
        // Read whole (one getAll) and sifted here: a cursor filter was ten times slower.
        relationships: relationships.filter((row) => row.deletedAt === LIVE),
        introductions,
      };
    },
  );
}
