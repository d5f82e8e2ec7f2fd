import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent } from '../../repositories/events-repository';
import { setEventRoleNeeds } from './events-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`events-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('setEventRoleNeeds', () => {
  it('stores the roles an event needs on the event', async () => {
    const db = freshDatabase();
    const event = await createEvent(db, { name: 'Meetup', startsAt: 0 });
    const needs = [
      { role: 'reception', needed: 2 },
      { role: 'setup', needed: 1 },
    ];
    await setEventRoleNeeds(db, event.id, needs);
    expect((await db.events.get(event.id))?.volunteerRoles).toEqual(needs);
    await expect(setEventRoleNeeds(db, event.id, [needs[0], needs[0]])).rejects.toThrow();
    await expect(setEventRoleNeeds(db, 'nope', needs)).rejects.toMatchObject({ code: 'not-found' });
  });
});
