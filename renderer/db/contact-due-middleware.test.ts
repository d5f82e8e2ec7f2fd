import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { logInteraction, trashInteraction } from '../data/writes/interactions-writes';
import {
  createPerson,
  purgePerson,
  restorePerson,
  trashPerson,
  updatePerson,
} from '../data/writes/people-writes';
import { HallwayDatabase } from './database';

const DAY = 86_400_000;
const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`contact-due-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** contactDue, after checking that contactDueByDate holds the same rows in date order. */
async function dueRows(db: HallwayDatabase) {
  const [byPerson, byDate] = await Promise.all([
    db.contactDue.toArray(),
    db.contactDueByDate.toArray(),
  ]);
  expect(byDate).toEqual(
    [...byPerson].sort((a, b) => a.dueAt - b.dueAt || (a.personId < b.personId ? -1 : 1)),
  );
  return byPerson;
}

const dueOf = async (db: HallwayDatabase, id: string) =>
  (await db.people.get(id))?.nextContactDueAt;

describe('people.nextContactDueAt, kept by the database', () => {
  it('follows the cadence and every interaction written through the repositories', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada', keepInTouchDays: 30 });
    expect(await dueOf(db, ada.id)).toBe(ada.createdAt + 30 * DAY);

    const call = await logInteraction(db, { personId: ada.id, at: 100 * DAY, kind: 'call' });
    expect(await dueOf(db, ada.id)).toBe(130 * DAY);
    await updatePerson(db, ada.id, { keepInTouchDays: 7 });
    expect(await dueOf(db, ada.id)).toBe(107 * DAY);
    await trashInteraction(db, call.id);
    expect(await dueOf(db, ada.id)).toBe(ada.createdAt + 7 * DAY);
    await updatePerson(db, ada.id, { keepInTouchDays: null });
    expect(await dueOf(db, ada.id)).toBe(0);
  });

  it('is set on bulk writes that bypass the repositories, such as sample data', async () => {
    const db = freshDatabase();
    await db.people.bulkPut([
      personFixture({ id: 'a', keepInTouchDays: 10, lastContactAt: 5 * DAY }),
      personFixture({ id: 'b', nextContactDueAt: 123 }),
    ]);
    await db.people.update('b', { lastContactAt: 9 });
    expect(await dueOf(db, 'a')).toBe(15 * DAY);
    expect(await dueOf(db, 'b')).toBe(0);
    await db.people.add(personFixture({ id: 'c' }));
    expect(await db.people.get('c')).not.toHaveProperty('nextContactDueAt');
  });

  it('is mirrored in contactDue for live people with a cadence, through trash, purge and clear', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada', keepInTouchDays: 30 });
    await createPerson(db, { displayName: 'Grace' });
    const rows = () => dueRows(db);
    expect(await rows()).toEqual([{ personId: ada.id, dueAt: ada.createdAt + 30 * DAY }]);

    await trashPerson(db, ada.id);
    expect(await rows()).toEqual([]);
    await restorePerson(db, ada.id);
    expect(await rows()).toEqual([{ personId: ada.id, dueAt: ada.createdAt + 30 * DAY }]);
    await updatePerson(db, ada.id, { keepInTouchDays: null });
    expect(await rows()).toEqual([]);
    await updatePerson(db, ada.id, { keepInTouchDays: 7 });
    await trashPerson(db, ada.id);
    await restorePerson(db, ada.id);
    await trashPerson(db, ada.id);
    await purgePerson(db, ada.id);
    expect(await rows()).toEqual([]);

    await db.people.bulkPut([personFixture({ id: 'b', keepInTouchDays: 1, lastContactAt: DAY })]);
    expect(await rows()).toEqual([{ personId: 'b', dueAt: 2 * DAY }]);
    await db.people.clear();
    expect(await rows()).toEqual([]);
  });

  it('is the same in contactDueByDate after any sequence of writes of people', async () => {
    const arbitraryPerson = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      keepInTouchDays: fc.constantFrom(null, 1, 7),
      lastContactAt: fc.option(fc.constantFrom(DAY, 2 * DAY), { nil: undefined }),
      deletedAt: fc.constantFrom(0, 0, 5),
    });
    const arbitraryWrite = fc.oneof(
      fc.record({
        type: fc.constant('put' as const),
        rows: fc.array(arbitraryPerson, { maxLength: 3 }),
      }),
      fc.record({ type: fc.constant('update' as const), row: arbitraryPerson }),
      // Adds of people already stored fail one by one; the others in the batch are written.
      fc.record({
        type: fc.constant('add' as const),
        rows: fc.uniqueArray(arbitraryPerson, { selector: (row) => row.id, maxLength: 3 }),
      }),
      fc.record({
        type: fc.constant('delete' as const),
        ids: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 2 }),
      }),
      fc.record({ type: fc.constant('deleteRange' as const), below: fc.constantFrom('b', 'd') }),
      fc.constant({ type: 'clear' as const }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 8 }), async (writes) => {
        const db = freshDatabase();
        for (const write of writes) {
          if (write.type === 'put')
            await db.people.bulkPut(write.rows.map((row) => personFixture(row)));
          else if (write.type === 'update') {
            const { id, ...changes } = write.row;
            await db.people.update(id, changes);
          } else if (write.type === 'add') {
            await db.transaction('rw', db.people, () =>
              db.people.bulkAdd(write.rows.map((row) => personFixture(row))).catch(() => undefined),
            );
          } else if (write.type === 'delete') await db.people.bulkDelete(write.ids);
          else if (write.type === 'deleteRange')
            await db.people.where('id').below(write.below).delete();
          else await db.people.clear();
          const live = (await db.people.toArray()).filter(
            (person) => person.deletedAt === 0 && (person.nextContactDueAt ?? 0) > 0,
          );
          expect(await dueRows(db)).toEqual(
            live.map((person) => ({ personId: person.id, dueAt: person.nextContactDueAt })),
          );
        }
        await db.delete();
      }),
      { numRuns: 30 },
    );
  }, 30_000);

  it('leaves contactDue as it was when the write fails', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada', keepInTouchDays: 30 });
    const before = await db.contactDue.toArray();
    await expect(
      db.transaction('rw', db.people, async () => {
        await db.people.update(ada.id, { keepInTouchDays: 1 });
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await dueRows(db)).toEqual(before);
  });
});
