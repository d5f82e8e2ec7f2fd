import { afterEach, describe, expect, it } from 'vitest';
import { LIVE, type Interaction } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';

const DAY = 86_400_000;

/** A call with a person: their last contact, kept by the latest interactions module. */
const call = (id: string, personId: string, at: number): Interaction => ({
  id,
  personId,
  at,
  kind: 'call',
  note: '',
  createdAt: at,
  updatedAt: at,
  deletedAt: LIVE,
});
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

const weekCounts = async (db: HallwayDatabase) =>
  (await db.queueWeekCounts.toArray()).filter((row) => row.queue === 'contactDueByDate');

describe('contactDue and contactDueByDate', () => {
  it('follow the cadence and the last contact of a person', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('people', [personFixture({ id: 'ada', createdAt: DAY, keepInTouchDays: 30 })]),
    );
    expect(await dueOf(db, 'ada')).toBe(31 * DAY);
    expect(await dueRows(db)).toEqual([{ personId: 'ada', dueAt: 31 * DAY }]);

    await runWrite(db, (write) => write.insert('interactions', [call('c1', 'ada', 100 * DAY)]));
    expect(await dueRows(db)).toEqual([{ personId: 'ada', dueAt: 130 * DAY }]);
    await runWrite(db, (write) => write.patch('people', 'ada', { keepInTouchDays: 7 }));
    expect(await dueRows(db)).toEqual([{ personId: 'ada', dueAt: 107 * DAY }]);
    await runWrite(db, (write) => write.remove('interactions', ['c1']));
    expect(await dueRows(db)).toEqual([{ personId: 'ada', dueAt: 8 * DAY }]);
    await runWrite(db, (write) => write.patch('people', 'ada', { keepInTouchDays: null }));
    expect(await dueOf(db, 'ada')).toBe(0);
    expect(await dueRows(db)).toEqual([]);
    expect(await weekCounts(db)).toEqual([]);
  });

  it('are derived from whole rows put, whatever due date they carry', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.put('people', [
        personFixture({ id: 'a', keepInTouchDays: 10 }),
        personFixture({ id: 'b', nextContactDueAt: 123 }),
      ]);
      await write.insert('interactions', [call('c1', 'a', 5 * DAY)]);
    });
    expect(await dueOf(db, 'a')).toBe(15 * DAY);
    expect(await dueOf(db, 'b')).toBe(0);
    await runWrite(db, (write) => write.insert('people', [personFixture({ id: 'c' })]));
    expect(await db.people.get('c')).not.toHaveProperty('nextContactDueAt');
    expect(await dueRows(db)).toEqual([{ personId: 'a', dueAt: 15 * DAY }]);
    expect(await weekCounts(db)).toEqual([{ queue: 'contactDueByDate', week: 2, count: 1 }]);
  });

  it('hold live people with a cadence only, through trash, restore, purge and clear', async () => {
    const db = freshDatabase();
    const ada = personFixture({ id: 'ada', createdAt: DAY, keepInTouchDays: 30 });
    await runWrite(db, (write) => write.insert('people', [ada, personFixture({ id: 'grace' })]));
    const trash = () => runWrite(db, (write) => write.patch('people', 'ada', { deletedAt: 5 }));
    const restore = () => runWrite(db, (write) => write.patch('people', 'ada', { deletedAt: 0 }));
    expect(await dueRows(db)).toEqual([{ personId: 'ada', dueAt: 31 * DAY }]);

    await trash();
    expect(await dueRows(db)).toEqual([]);
    await restore();
    expect(await dueRows(db)).toEqual([{ personId: 'ada', dueAt: 31 * DAY }]);
    await runWrite(db, (write) => write.patch('people', 'ada', { keepInTouchDays: null }));
    expect(await dueRows(db)).toEqual([]);
    await runWrite(db, (write) => write.patch('people', 'ada', { keepInTouchDays: 7 }));
    await trash();
    await restore();
    await trash();
    await runWrite(db, (write) => write.remove('people', ['ada']));
    expect(await dueRows(db)).toEqual([]);

    await runWrite(db, async (write) => {
      await write.put('people', [personFixture({ id: 'b', keepInTouchDays: 1 })]);
      await write.insert('interactions', [call('c1', 'b', DAY)]);
    });
    expect(await dueRows(db)).toEqual([{ personId: 'b', dueAt: 2 * DAY }]);
    await runWrite(db, (write) => write.clear('people'));
    expect(await dueRows(db)).toEqual([]);
    expect(await weekCounts(db)).toEqual([]);
  });

  it('start afresh from what a write stores after clearing the people', async () => {
    const db = freshDatabase();
    await runWrite(db, async (write) => {
      await write.insert('people', [
        personFixture({ id: 'a', keepInTouchDays: 1 }),
        personFixture({ id: 'b', keepInTouchDays: 1 }),
      ]);
      await write.insert('interactions', [call('c1', 'a', 7 * DAY), call('c2', 'b', 14 * DAY)]);
    });
    await runWrite(db, async (write) => {
      await write.clear('people');
      await write.clear('interactions');
      await write.insert('people', [
        personFixture({ id: 'a', keepInTouchDays: 1 }),
        personFixture({ id: 'c', keepInTouchDays: 7 }),
      ]);
      await write.insert('interactions', [call('c3', 'a', 7 * DAY), call('c4', 'c', 7 * DAY)]);
    });
    expect(await dueRows(db)).toEqual([
      { personId: 'a', dueAt: 8 * DAY },
      { personId: 'c', dueAt: 14 * DAY },
    ]);
    expect(await weekCounts(db)).toEqual([
      { queue: 'contactDueByDate', week: 1, count: 1 },
      { queue: 'contactDueByDate', week: 2, count: 1 },
    ]);
  });

  it('are left as they were when the write fails', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('people', [personFixture({ id: 'ada', keepInTouchDays: 30 })]),
    );
    const before = await dueRows(db);
    const counts = await weekCounts(db);
    await expect(
      runWrite(db, async (write) => {
        await write.patch('people', 'ada', { keepInTouchDays: 1 });
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await dueRows(db)).toEqual(before);
    expect(await weekCounts(db)).toEqual(counts);
  });
});
