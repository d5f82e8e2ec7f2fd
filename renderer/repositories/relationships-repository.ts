// Reads of relationships; the writes are in renderer/data/writes/relationships-writes. A person's
// relationships are read through the fromId and toId indexes (both directions), live ones only,
// and only those whose other person is live too: a relationship with someone in the trash waits
// there with them.
import { LIVE, type Person, type Relationship } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';

export interface PersonRelationship {
  relationship: Relationship;
  /** The person at the other end. */
  other: Person;
  /** Whether the person asked about is the relationship's fromId (it reads from their side). */
  outgoing: boolean;
}

export async function relationshipsOfPerson(
  db: HallwayDatabase,
  personId: string,
): Promise<PersonRelationship[]> {
  const [from, to] = await Promise.all([
    db.relationships.where('fromId').equals(personId).toArray(),
    db.relationships.where('toId').equals(personId).toArray(),
  ]);
  const live = [...from, ...to].filter((row) => row.deletedAt === LIVE);
  const otherIdOf = (row: Relationship) => (row.fromId === personId ? row.toId : row.fromId);
  const others = await db.people.bulkGet(live.map(otherIdOf));
  return live
    .map((relationship, index) => ({
      relationship,
      other: others[index],
      outgoing: relationship.fromId === personId,
    }))
    .filter((view): view is PersonRelationship => view.other?.deletedAt === LIVE)
    .sort(
      (a, b) =>
        compare(a.other.sortName, b.other.sortName) ||
        compare(a.relationship.createdAt, b.relationship.createdAt),
    );
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface TrashedRelationship {
  relationship: Relationship;
  from: Person;
  to: Person;
}

/**
 * Relationships the user removed (and did not undo) between two live people, the most recently
 * removed first: what the Trash lists and empties. One with a person in the trash, or merged away,
 * waits with that person and goes when they do. There is no deletedAt index: the user makes
 * relationships by hand, so they are few, and read whole.
 */
export async function trashedRelationships(db: HallwayDatabase): Promise<TrashedRelationship[]> {
  const trashed = await db.relationships.filter((row) => row.deletedAt !== LIVE).toArray();
  const ids = [...new Set(trashed.flatMap(({ fromId, toId }) => [fromId, toId]))];
  const people = new Map(
    (await db.people.bulkGet(ids))
      .filter((person): person is Person => person?.deletedAt === LIVE)
      .map((person) => [person.id, person]),
  );
  return trashed
    .map((relationship) => ({
      relationship,
      from: people.get(relationship.fromId),
      to: people.get(relationship.toId),
    }))
    .filter((item): item is TrashedRelationship => item.from !== undefined && item.to !== undefined)
    .sort((a, b) => b.relationship.deletedAt - a.relationship.deletedAt);
}
