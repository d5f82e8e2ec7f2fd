import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { HallwayDatabase } from '../../db/database';
import { getEvent } from '../../repositories/events-repository';
import {
  createEvent,
  restoreEvent,
  setEventRoleNeeds,
  trashEvent,
  updateEvent,
} from './events-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`events-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('events', () => {
  it('creates a complete live event with defaults', async () => {
    const db = freshDatabase();
    const event = await createEvent(db, { name: '  Shibuya.js #12 ', startsAt: 1_000 });
    expect(await getEvent(db, event.id)).toEqual(event);
    expect(event).toMatchObject({
      name: 'Shibuya.js #12',
      kind: 'meetup',
      endsAt: null,
      deletedAt: 0,
      myRole: 'attendee',
    });
  });

  it('refuses an event without a name or ending before it starts', async () => {
    const db = freshDatabase();
    await expect(createEvent(db, { name: ' ', startsAt: 1 })).rejects.toBeInstanceOf(ZodError);
    await expect(createEvent(db, { name: 'x', startsAt: 10, endsAt: 5 })).rejects.toBeInstanceOf(
      ZodError,
    );
    const event = await createEvent(db, { name: 'x', startsAt: 10, endsAt: 20 });
    await expect(updateEvent(db, event.id, { startsAt: 30 })).rejects.toMatchObject({
      code: 'invalid-time-range',
    });
    expect(await db.events.count()).toBe(1);
    expect((await getEvent(db, event.id))?.startsAt).toBe(10);
  });

  it('updates only the given fields and trashes and restores', async () => {
    const db = freshDatabase();
    const event = await createEvent(db, { name: 'Conf', startsAt: 10, location: 'Tokyo' });
    await updateEvent(db, event.id, { notes: 'Great talks' });
    expect(await getEvent(db, event.id)).toMatchObject({ location: 'Tokyo', notes: 'Great talks' });
    await trashEvent(db, event.id);
    expect(await db.events.where('deletedAt').equals(0).count()).toBe(0);
    await restoreEvent(db, event.id);
    expect(await db.events.where('deletedAt').equals(0).count()).toBe(1);
  });
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
