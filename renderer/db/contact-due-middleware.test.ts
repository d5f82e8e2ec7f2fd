import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { logInteraction, trashInteraction } from '../repositories/interactions-repository';
import { createPerson, updatePerson } from '../repositories/people-repository';
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
});
