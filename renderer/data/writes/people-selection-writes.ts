// Writes on many people at once, from the People list's selection (docs/architecture.md, "One
// write path"): add or remove a topic, set the keep-in-touch cadence, move to the trash and back.
// Each is one runWrite, in chunks so a selection of 50,000 reports its progress; people are
// patched field by field like any edit (updatedAt moves), and only those whose field changes.
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

/** Patches the people of `ids` that `change` gives a patch for; returns their ids. */
async function patchPeopleIn(
  write: WriteTransaction,
  ids: readonly string[],
  change: (person: Person) => RowPatch<Person> | null,
  onProgress?: SelectionProgress,
): Promise<string[]> {
  const changed: string[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) {
    const people = await write.db.people.bulkGet(ids.slice(start, start + CHUNK));
    const patches = people.flatMap((person) => {
      const changes = person ? change(person) : null;
      return person && changes
        ? [{ key: person.id, changes: { ...changes, updatedAt: write.now } }]
        : [];
    });
    await write.patchMany('people', patches);
    changed.push(...patches.map(({ key }) => key));
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
): Promise<string[]> {
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
): Promise<string[]> {
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
): Promise<string[]> {
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

/** Moves the live ones to the trash; returns their ids (what Undo restores). */
export async function trashPeople(
  db: HallwayDatabase,
  ids: readonly string[],
  onProgress?: SelectionProgress,
): Promise<string[]> {
  return runWrite(db, (write) =>
    patchPeopleIn(
      write,
      ids,
      (person) => (person.deletedAt === LIVE ? { deletedAt: write.now } : null),
      onProgress,
    ),
  );
}

export async function restorePeople(
  db: HallwayDatabase,
  ids: readonly string[],
  onProgress?: SelectionProgress,
): Promise<string[]> {
  return runWrite(db, (write) =>
    patchPeopleIn(
      write,
      ids,
      (person) => (person.deletedAt === LIVE ? null : { deletedAt: LIVE }),
      onProgress,
    ),
  );
}
