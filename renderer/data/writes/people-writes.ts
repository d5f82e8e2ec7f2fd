// Writes of people (docs/architecture.md, "One write path"): topics are stored as keys with a
// topics row, updatedAt moves on every change, and the derived fields (look-up keys, sort name,
// keep-in-touch due date) are left to the write's row deriver. Edits are patches of the stored
// row, never whole rows from a screen, so two edits of different fields never overwrite each
// other. Deleting is soft (deletedAt); only a person already in the trash can be purged for good,
// and purging takes their interactions, shifts, introductions and follow-ups with them. The read
// (getPerson) is in renderer/repositories/people-repository.
import { emptyPersonFields } from '../../../shared/domain/empty-person-fields';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { composeDisplayName, likelyNameOrder } from '../../../shared/people/compose-display-name';
import { applyListEdit, type ListEdit } from '../../../shared/people/list-edit';
import { resolveTopicKey } from '../../../shared/topics/normalise-topic-key';
import type { HallwayDatabase } from '../../db/database';
import { loadTopicAliases } from '../../repositories/topics-repository';
import { ensureTopicsIn } from './topics-writes';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { definedFields } from './defined-fields';
import {
  listEditSchema,
  newPersonSchema,
  personChangesSchema,
  personFieldsSchema,
  type NewPersonInput,
  type PersonChanges,
  type PersonFields,
  type PersonListField,
} from './person-input';
import { notFound, WriteError } from './write-error';

const TOPIC_FIELDS = ['interests', 'offers', 'asks'] as const;
const isTopicField = (field: PersonListField): field is (typeof TOPIC_FIELDS)[number] =>
  (TOPIC_FIELDS as readonly string[]).includes(field);

async function topicKeysOf(
  write: WriteTransaction,
  fields: Partial<PersonFields>,
): Promise<Partial<Pick<Person, (typeof TOPIC_FIELDS)[number]>>> {
  const keys: Partial<Pick<Person, (typeof TOPIC_FIELDS)[number]>> = {};
  for (const field of TOPIC_FIELDS) {
    const raw = fields[field];
    if (raw !== undefined) keys[field] = await ensureTopicsIn(write, raw);
  }
  return keys;
}

export async function createPersonIn(
  write: WriteTransaction,
  input: NewPersonInput,
): Promise<Person> {
  const given = definedFields(newPersonSchema.parse(input));
  const fields: PersonFields = {
    ...emptyPersonFields(),
    nameOrder: likelyNameOrder(given.givenName ?? '', given.familyName ?? ''),
    ...given,
  };
  const displayName =
    fields.displayName || composeDisplayName(fields.givenName, fields.familyName, fields.nameOrder);
  const [person] = await write.insert('people', [
    {
      ...fields,
      ...(await topicKeysOf(write, fields)),
      displayName,
      id: crypto.randomUUID(),
      createdAt: write.now,
      updatedAt: write.now,
      deletedAt: LIVE,
      lastContactAt: 0,
    },
  ]);
  return person;
}

export async function createPerson(db: HallwayDatabase, input: NewPersonInput): Promise<Person> {
  return runWrite(db, (write) => createPersonIn(write, input));
}

/** Patches a stored person, refusing one that is not stored. */
async function patchPerson(
  write: WriteTransaction,
  id: string,
  changes: RowPatch<Person>,
): Promise<Person> {
  const person = await write.patch('people', id, { ...changes, updatedAt: write.now });
  if (!person) throw notFound('person', id);
  return person;
}

/**
 * Changes some fields of the stored person. When the name parts change and the display name was
 * the one composed from them, the display name follows; a display name the user wrote stays.
 */
export async function updatePersonIn(
  write: WriteTransaction,
  id: string,
  changes: PersonChanges,
): Promise<Person> {
  const parsed = definedFields(personChangesSchema.parse(changes));
  const current = await write.get('people', id);
  if (!current) throw notFound('person', id);
  const topics = await topicKeysOf(write, parsed);
  const wasComposed =
    current.displayName ===
    composeDisplayName(current.givenName, current.familyName, current.nameOrder);
  const next = { ...current, ...parsed, ...topics };
  if (parsed.displayName === '' || (parsed.displayName === undefined && wasComposed)) {
    next.displayName = composeDisplayName(next.givenName, next.familyName, next.nameOrder);
  }
  const patch: RowPatch<Person> = { ...parsed, ...topics, displayName: next.displayName };
  // An edit back to what is stored (the screen had not caught up yet) writes nothing.
  if (sameFields(current, patch)) return current;
  return patchPerson(write, id, patch);
}

function sameFields(person: Person, patch: RowPatch<Person>): boolean {
  return Object.entries(patch).every(
    ([field, value]) => JSON.stringify(person[field as keyof Person]) === JSON.stringify(value),
  );
}

export async function updatePerson(
  db: HallwayDatabase,
  id: string,
  changes: PersonChanges,
): Promise<Person> {
  return runWrite(db, (write) => updatePersonIn(write, id, changes));
}

/**
 * The edit with its items as the field stores them: text trimmed (and checked), topics as keys.
 * An item being added becomes a topic of its own if need be; one already listed is matched by its
 * key as stored, or as the text resolves through the aliases.
 */
async function storedEdit(
  write: WriteTransaction,
  list: readonly string[],
  field: PersonListField,
  edit: ListEdit,
): Promise<ListEdit> {
  let listed: (value: string) => string | Promise<string>;
  let added: (value: string) => string | Promise<string>;
  if (isTopicField(field)) {
    const aliases = await loadTopicAliases(write.db);
    listed = (value) => (list.includes(value) ? value : resolveTopicKey(value, aliases));
    added = async (value) => (await ensureTopicsIn(write, [value]))[0] ?? '';
  } else {
    listed = added = (value) => personFieldsSchema.shape[field].parse([value])[0] ?? '';
  }
  if ('add' in edit) return { ...edit, add: await added(edit.add) };
  if ('remove' in edit) return { remove: await listed(edit.remove) };
  return { replace: await listed(edit.replace), with: await added(edit.with) };
}

/**
 * Applies one edit of a list field to the person as stored (shared/people/list-edit), not to the
 * list on screen, which may be behind: a phone typed while another is removed both stick. Returns
 * the edit that takes it back, or null when the list did not change.
 */
export async function editPersonList(
  db: HallwayDatabase,
  id: string,
  field: PersonListField,
  edit: ListEdit,
): Promise<ListEdit | null> {
  const parsed = listEditSchema.parse(edit);
  return runWrite(db, async (write) => {
    const person = await write.get('people', id);
    if (!person) throw notFound('person', id);
    const applied = applyListEdit(
      person[field],
      await storedEdit(write, person[field], field, parsed),
    );
    if (!applied) return null;
    const list = personFieldsSchema.shape[field].parse(applied.list);
    await patchPerson(write, id, { [field]: list });
    return applied.undo;
  });
}

/** Moves a person to the trash; everything about them stays until the trash is emptied. */
export async function trashPerson(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => patchPerson(write, id, { deletedAt: write.now }));
}

/**
 * Takes a person out of the trash. A record merged into another is refused: its meetings and
 * details now belong to the kept person, so it would come back as an empty duplicate (the merge's
 * Undo is the way back).
 */
export async function restorePerson(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, async (write) => {
    const person = await write.get('people', id);
    if (person?.mergedIntoId !== undefined) {
      throw new WriteError('merged-away', 'A record merged into another cannot be restored.');
    }
    await patchPerson(write, id, { deletedAt: LIVE });
  });
}

/** Deletes a trashed person for good, with everything that refers to them. */
export async function purgePersonIn(write: WriteTransaction, id: string): Promise<void> {
  const person = await write.get('people', id);
  if (!person) throw notFound('person', id);
  if (person.deletedAt === LIVE) {
    throw new WriteError('not-in-trash', 'Only a person in the trash can be purged.');
  }
  const { db } = write;
  const interactions = db.interactions
    .where('[personId+at]')
    .between([id, -Infinity], [id, Infinity]);
  await write.remove('interactions', await interactions.primaryKeys());
  const shifts = db.volunteerShifts.where('personId').equals(id);
  await write.remove('volunteerShifts', await shifts.primaryKeys());
  const introductions = db.introductions.where('aId').equals(id).or('bId').equals(id);
  await write.remove('introductions', await introductions.primaryKeys());
  const relationships = db.relationships.where('fromId').equals(id).or('toId').equals(id);
  await write.remove('relationships', await relationships.primaryKeys());
  await write.remove('followUps', await db.followUps.where('personId').equals(id).primaryKeys());
  await write.remove('people', [id]);
}

export async function purgePerson(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => purgePersonIn(write, id));
}
