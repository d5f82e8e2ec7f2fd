// Writes on many people at once, from the People list's selection (docs/architecture.md, "One
// write path"): add or remove a topic, set the keep-in-touch cadence, move to the trash and back.
// Each is one runWrite, in chunks so a selection of 50,000 reports its progress; people are
// patched field by field like any edit (updatedAt moves), and only those whose field changes.
// Each returns what its Undo needs: the people it moved to the trash, or the fields it changed
// as they were before, which putBackPeopleFields writes back.
import Dexie from 'dexie';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { resolveTopicKey } from '../../../shared/topics/normalise-topic-key';
import type { HallwayDatabase } from '../../db/database';
import { loadTopicAliases } from '../../repositories/topics-repository';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { personChangesSchema } from './person-input';
import { ensureTopicsIn } from './topics-writes';

const CHUNK = 2_000;

export type SelectionProgress = (done: number, total: number) => void;

/** Per person a write changed, the fields it changed as they were before. */
export type PeopleFieldsBefore = { key: string; changes: RowPatch<Person> }[];

function fieldsOf(person: Person, fields: readonly string[]): RowPatch<Person> {
  return Object.fromEntries(fields.map((field) => [field, person[field as keyof Person]]));
}

/** Patches the people of `ids` that `change` gives a patch for; returns what it changed. */
async function patchPeopleIn(
  write: WriteTransaction,
  ids: readonly string[],
  change: (person: Person) => RowPatch<Person> | null,
  onProgress?: SelectionProgress,
): Promise<PeopleFieldsBefore> {
  const changed: PeopleFieldsBefore = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const people = await write.db.people.bulkGet(ids.slice(start, start + CHUNK));
    const patches: PeopleFieldsBefore = [];
    for (const person of people) {
      const changes = person ? change(person) : null;
      if (!person || !changes) continue;
      patches.push({ key: person.id, changes: { ...changes, updatedAt: write.now } });
      changed.push({ key: person.id, changes: fieldsOf(person, Object.keys(changes)) });
    }
    await write.patchMany('people', patches);
    const done = Math.min(start + CHUNK, ids.length);
    if (onProgress) Dexie.ignoreTransaction(() => onProgress(done, ids.length));
  }
  return changed;
}

/** Adds the topic (as typed: resolved through the aliases) to everyone's interests. */
export async function addTopicToPeople(
  db: HallwayDatabase,
  ids: readonly string[],
  topic: string,
  onProgress?: SelectionProgress,
): Promise<PeopleFieldsBefore> {
  return runWrite(db, async (write) => {
    const [key] = await ensureTopicsIn(write, [topic]);
    if (key === undefined) return [];
    return patchPeopleIn(
      write,
      ids,
      (person) =>
        person.interests.includes(key) ? null : { interests: [...person.interests, key] },
      onProgress,
    );
  });
}

/** Takes the topic out of everyone's interests, offers and asks. */
export async function removeTopicFromPeople(
  db: HallwayDatabase,
  ids: readonly string[],
  topic: string,
  onProgress?: SelectionProgress,
): Promise<PeopleFieldsBefore> {
  return runWrite(db, async (write) => {
    const key = resolveTopicKey(topic, await loadTopicAliases(write.db));
    return patchPeopleIn(
      write,
      ids,
      (person) => {
        const lists = (['interests', 'offers', 'asks'] as const).filter((field) =>
          person[field].includes(key),
        );
        if (lists.length === 0) return null;
        return Object.fromEntries(
          lists.map((field) => [field, person[field].filter((value) => value !== key)]),
        );
      },
      onProgress,
    );
  });
}

export async function setKeepInTouchForPeople(
  db: HallwayDatabase,
  ids: readonly string[],
  days: number | null,
  onProgress?: SelectionProgress,
): Promise<PeopleFieldsBefore> {
  const { keepInTouchDays } = personChangesSchema.parse({ keepInTouchDays: days });
  return runWrite(db, (write) =>
    patchPeopleIn(
      write,
      ids,
      (person) =>
        person.keepInTouchDays === keepInTouchDays
          ? null
          : { keepInTouchDays: keepInTouchDays ?? null },
      onProgress,
    ),
  );
}

/** Undo of a topic or cadence change: writes back the fields as they were, in one write. */
export async function putBackPeopleFields(
  db: HallwayDatabase,
  before: PeopleFieldsBefore,
  onProgress?: SelectionProgress,
): Promise<PeopleFieldsBefore> {
  const beforeById = new Map(before.map(({ key, changes }) => [key, changes]));
  return runWrite(db, (write) =>
    patchPeopleIn(
      write,
      [...beforeById.keys()],
      (person) => beforeById.get(person.id) ?? null,
      onProgress,
    ),
  );
}

const keysOf = (changed: PeopleFieldsBefore) => changed.map(({ key }) => key);

/** Moves the live ones to the trash; returns their ids (what Undo restores). */
export async function trashPeople(
  db: HallwayDatabase,
  ids: readonly string[],
  onProgress?: SelectionProgress,
): Promise<string[]> {
  const trashed = await runWrite(db, (write) =>
    patchPeopleIn(
      write,
      ids,
      (person) => (person.deletedAt === LIVE ? { deletedAt: write.now } : null),
      onProgress,
    ),
  );
  return keysOf(trashed);
}

export async function restorePeople(
  db: HallwayDatabase,
  ids: readonly string[],
  onProgress?: SelectionProgress,
): Promise<string[]> {
  const restored = await runWrite(db, (write) =>
    patchPeopleIn(
      write,
      ids,
      (person) => (person.deletedAt === LIVE ? null : { deletedAt: LIVE }),
      onProgress,
    ),
  );
  return keysOf(restored);
}
