import { afterEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import {
  addTopicToPeople,
  putBackPeopleFields,
  removeTopicFromPeople,
  restorePeople,
  setKeepInTouchForPeople,
  trashPeople,
} from './people-selection-writes';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function databaseWith(people: Person[]): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(`selection-writes-${crypto.randomUUID()}`);
  opened.push(db);
  await runWrite(db, (write) => write.insert('people', people));
  return db;
}

const people = () => [
  personFixture({ id: 'ana', displayName: 'Ana', interests: ['rust'] }),
  personFixture({ id: 'ben', displayName: 'Ben', offers: ['rust'], keepInTouchDays: 30 }),
  personFixture({ id: 'cleo', displayName: 'Cleo' }),
];

describe('writes on a selection of people', () => {
  it('adds a topic to those who lack it, with its topic row, in one write', async () => {
    const db = await databaseWith(people());
    const seqBefore = await db.changes.count();
    const progress: [number, number][] = [];
    const changed = await addTopicToPeople(db, ['ana', 'ben'], 'Rust', (done, total) =>
      progress.push([done, total]),
    );
    expect(changed).toEqual([{ key: 'ben', changes: { interests: [] } }]);
    expect((await db.people.get('ben'))?.interests).toEqual(['rust']);
    expect(await db.topics.get('rust')).toBeDefined();
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(await db.changes.count()).toBeGreaterThan(seqBefore);
  });

  it('removes a topic from interests, offers and asks', async () => {
    const db = await databaseWith(people());
    expect(await removeTopicFromPeople(db, ['ana', 'ben', 'cleo'], 'rust')).toEqual([
      { key: 'ana', changes: { interests: ['rust'] } },
      { key: 'ben', changes: { offers: ['rust'] } },
    ]);
    expect((await db.people.get('ana'))?.interests).toEqual([]);
    expect((await db.people.get('ben'))?.offers).toEqual([]);
  });

  it('sets or clears the keep-in-touch cadence, and the due date follows', async () => {
    const db = await databaseWith(people());
    await setKeepInTouchForPeople(db, ['ana', 'cleo'], 14);
    expect((await db.people.get('ana'))?.keepInTouchDays).toBe(14);
    expect(await db.contactDue.get('cleo')).toBeDefined();
    await setKeepInTouchForPeople(db, ['ben'], null);
    expect((await db.people.get('ben'))?.keepInTouchDays).toBeNull();
    await expect(setKeepInTouchForPeople(db, ['ana'], 0)).rejects.toThrow();
  });

  it('Undo puts back exactly the topics and cadence of those changed, in one write', async () => {
    const db = await databaseWith([
      ...people(),
      personFixture({ id: 'dee', displayName: 'Dee', interests: ['go', 'rust'], asks: ['rust'] }),
    ]);
    const before = await db.people.toArray();
    const seqBefore = await db.changes.count();

    const removed = await removeTopicFromPeople(db, ['ana', 'ben', 'cleo', 'dee'], 'rust');
    await putBackPeopleFields(db, removed);
    const cadence = await setKeepInTouchForPeople(db, ['ana', 'ben', 'cleo'], 30);
    await putBackPeopleFields(db, cadence);
    const added = await addTopicToPeople(db, ['ben', 'cleo', 'dee'], 'Go');
    const seqBeforeUndo = await db.changes.count();
    expect(await putBackPeopleFields(db, added)).toHaveLength(2);

    const after = await db.people.toArray();
    const edited = (rows: Person[]) =>
      rows.map(({ id, interests, offers, asks, keepInTouchDays }) => ({
        id,
        interests,
        offers,
        asks,
        keepInTouchDays,
      }));
    expect(edited(after)).toEqual(edited(before));
    expect(after.find((person) => person.id === 'dee')?.interests).toEqual(['go', 'rust']);
    expect(await db.contactDue.get('cleo')).toBeUndefined();
    expect(await db.changes.count()).toBe(seqBeforeUndo + 1);
    expect(seqBeforeUndo).toBeGreaterThan(seqBefore);
  });

  it('trashes the live ones, and Undo restores just those', async () => {
    const db = await databaseWith(people());
    await trashPeople(db, ['cleo']);
    const trashed = await trashPeople(db, ['ana', 'cleo']);
    expect(trashed).toEqual(['ana']);
    await restorePeople(db, trashed);
    expect((await db.people.get('ana'))?.deletedAt).toBe(0);
    expect((await db.people.get('cleo'))?.deletedAt).toBeGreaterThan(0);
  });
});
