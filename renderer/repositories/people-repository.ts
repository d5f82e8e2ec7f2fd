// People: every write goes through here so that the derived fields (emailKeys, linkKeys,
// sortName) always match what they derive from, topics are stored as keys with a topics row,
// and updatedAt moves on every change. Edits are partial update()s, never whole-row put()s, so
// two edits of different fields do not overwrite each other (and a later sync can merge them).
// Deleting is soft (deletedAt); only a person already in the trash can be purged for good, and
// purging takes their interactions, shifts, introductions and follow-ups with them.
import { emptyPersonFields } from '../../shared/domain/empty-person-fields';
import { LIVE, type Person } from '../../shared/domain/entities';
import { composeDisplayName, likelyNameOrder } from '../../shared/people/compose-display-name';
import { derivePersonKeys } from '../../shared/people/derive-person-keys';
import type { HallwayDatabase } from '../db/database';
import {
  newPersonSchema,
  personChangesSchema,
  type NewPersonInput,
  type PersonChanges,
  type PersonFields,
} from '../data/writes/person-input';
import { notFound, WriteError } from '../data/writes/write-error';
import { ensureTopics } from './topics-repository';
import { definedFields } from '../data/writes/defined-fields';

const TOPIC_FIELDS = ['interests', 'offers', 'asks'] as const;

export function getPerson(db: HallwayDatabase, id: string): Promise<Person | undefined> {
  return db.people.get(id);
}

async function topicKeysOf(
  db: HallwayDatabase,
  fields: Partial<PersonFields>,
): Promise<Partial<Pick<Person, (typeof TOPIC_FIELDS)[number]>>> {
  const keys: Partial<Pick<Person, (typeof TOPIC_FIELDS)[number]>> = {};
  for (const field of TOPIC_FIELDS) {
    const raw = fields[field];
    if (raw !== undefined) keys[field] = await ensureTopics(db, raw);
  }
  return keys;
}

export async function createPerson(db: HallwayDatabase, input: NewPersonInput): Promise<Person> {
  const given = definedFields(newPersonSchema.parse(input));
  const fields: PersonFields = {
    ...emptyPersonFields(),
    nameOrder: likelyNameOrder(given.givenName ?? '', given.familyName ?? ''),
    ...given,
  };
  const now = Date.now();
  return db.transaction('rw', [db.people, db.topics], async () => {
    const displayName =
      fields.displayName ||
      composeDisplayName(fields.givenName, fields.familyName, fields.nameOrder);
    const base = { ...fields, ...(await topicKeysOf(db, fields)), displayName };
    const person: Person = {
      ...base,
      ...derivePersonKeys(base),
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
      lastContactAt: 0,
    };
    await db.people.add(person);
    return person;
  });
}

/**
 * Changes some fields of a person. When the name parts change and the display name was the one
 * composed from them, the display name follows; a display name the user wrote stays.
 */
export async function updatePerson(
  db: HallwayDatabase,
  id: string,
  changes: PersonChanges,
): Promise<Person> {
  const parsed = definedFields(personChangesSchema.parse(changes));
  return db.transaction('rw', [db.people, db.topics], async () => {
    const current = await db.people.get(id);
    if (!current) throw notFound('person', id);
    const topics = await topicKeysOf(db, parsed);
    const wasComposed =
      current.displayName ===
      composeDisplayName(current.givenName, current.familyName, current.nameOrder);
    const next: Person = { ...current, ...parsed, ...topics, updatedAt: Date.now() };
    if (parsed.displayName === '' || (parsed.displayName === undefined && wasComposed)) {
      next.displayName = composeDisplayName(next.givenName, next.familyName, next.nameOrder);
    }
    const patch: Partial<Person> = {
      ...parsed,
      ...topics,
      displayName: next.displayName,
      ...derivePersonKeys(next),
      updatedAt: next.updatedAt,
    };
    await db.people.update(id, patch);
    return { ...next, ...patch };
  });
}

async function setDeletedAt(db: HallwayDatabase, id: string, deletedAt: number): Promise<void> {
  const changed = await db.people.update(id, { deletedAt, updatedAt: Date.now() });
  if (changed === 0) throw notFound('person', id);
}

/** Moves a person to the trash; everything about them stays until the trash is emptied. */
export function trashPerson(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, Date.now());
}

export function restorePerson(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, LIVE);
}

/** Deletes a trashed person for good, with everything that refers to them, in one transaction. */
export async function purgePerson(db: HallwayDatabase, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.people, db.interactions, db.volunteerShifts, db.introductions, db.followUps],
    async () => {
      const person = await db.people.get(id);
      if (!person) throw notFound('person', id);
      if (person.deletedAt === LIVE) {
        throw new WriteError('not-in-trash', 'Only a person in the trash can be purged.');
      }
      await db.interactions
        .where('[personId+at]')
        .between([id, -Infinity], [id, Infinity])
        .delete();
      await db.volunteerShifts.where('personId').equals(id).delete();
      await db.introductions.where('aId').equals(id).or('bId').equals(id).delete();
      await db.followUps.where('personId').equals(id).delete();
      await db.people.delete(id);
    },
  );
}
