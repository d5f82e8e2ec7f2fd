import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent, purgeEvent, trashEvent } from './events-writes';
import { logInteraction, purgeInteraction, trashInteraction } from './interactions-writes';
import { createPerson, trashPerson } from './people-writes';
import { emptyTrash } from './trash-writes';
import { createShift, purgeShift, trashShift } from './volunteer-shifts-writes';
import { WriteError } from './write-error';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`trash-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const HOUR = 3_600_000;

describe('purgeEvent', () => {
  it('refuses an event that is not in the trash', async () => {
    const db = freshDatabase();
    const event = await createEvent(db, { name: 'Rust.Tokyo', startsAt: HOUR });
    await expect(purgeEvent(db, event.id)).rejects.toBeInstanceOf(WriteError);
    expect(await db.events.get(event.id)).toBeDefined();
  });

  it('keeps the meetings logged at it, without the event, and deletes its shifts', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const event = await createEvent(db, { name: 'Rust.Tokyo', startsAt: HOUR });
    const met = await logInteraction(db, {
      personId: ada.id,
      at: HOUR,
      kind: 'met',
      eventId: event.id,
    });
    await createShift(db, {
      eventId: event.id,
      personId: ada.id,
      startsAt: HOUR,
      endsAt: 2 * HOUR,
    });
    await trashEvent(db, event.id);

    await purgeEvent(db, event.id);

    expect(await db.events.get(event.id)).toBeUndefined();
    const kept = await db.interactions.get(met.id);
    expect(kept).toMatchObject({ personId: ada.id, kind: 'met' });
    expect(kept).not.toHaveProperty('eventId');
    expect(await db.volunteerShifts.count()).toBe(0);
    expect(await db.eventMeetings.count()).toBe(0);
  });
});

describe('purgeInteraction', () => {
  it('deletes a trashed interaction for good, and refuses a live one', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const call = await logInteraction(db, { personId: ada.id, at: HOUR, kind: 'call' });
    await expect(purgeInteraction(db, call.id)).rejects.toBeInstanceOf(WriteError);

    await trashInteraction(db, call.id);
    await purgeInteraction(db, call.id);

    expect(await db.interactions.count()).toBe(0);
  });
});

describe('purgeShift', () => {
  it('deletes a trashed shift for good, and refuses a live one', async () => {
    const db = freshDatabase();
    const ada = await createPerson(db, { displayName: 'Ada' });
    const event = await createEvent(db, { name: 'Rust.Tokyo', startsAt: HOUR });
    const shift = await createShift(db, {
      eventId: event.id,
      personId: ada.id,
      startsAt: HOUR,
      endsAt: 2 * HOUR,
    });
    await expect(purgeShift(db, shift.id)).rejects.toBeInstanceOf(WriteError);

    await trashShift(db, shift.id);
    await purgeShift(db, shift.id);

    expect(await db.volunteerShifts.count()).toBe(0);
  });
});

describe('emptyTrash', () => {
  it('purges every trashed person and event, nobody and nothing else', async () => {
    const db = freshDatabase();
    const [ada, grace, linus] = await Promise.all(
      ['Ada', 'Grace', 'Linus'].map((displayName) => createPerson(db, { displayName })),
    );
    for (const person of [ada, grace, linus]) {
      await logInteraction(db, { personId: person.id, at: 1, kind: 'call' });
    }
    const gone = await createEvent(db, { name: 'Gone', startsAt: HOUR });
    const live = await createEvent(db, { name: 'Live', startsAt: HOUR });
    await trashPerson(db, ada.id);
    await trashPerson(db, grace.id);
    await trashEvent(db, gone.id);

    const call = await logInteraction(db, { personId: linus.id, at: 2, kind: 'call' });
    await trashInteraction(db, call.id);
    const shift = await createShift(db, {
      eventId: live.id,
      personId: linus.id,
      startsAt: HOUR,
      endsAt: 2 * HOUR,
    });
    await trashShift(db, shift.id);

    expect(await emptyTrash(db)).toEqual({
      people: 2,
      events: 1,
      interactions: 1,
      volunteerShifts: 1,
      relationships: 0,
    });

    expect((await db.people.toArray()).map((person) => person.id)).toEqual([linus.id]);
    expect((await db.interactions.toArray()).map((row) => row.personId)).toEqual([linus.id]);
    expect((await db.events.toArray()).map((event) => event.id)).toEqual([live.id]);
    expect(await db.volunteerShifts.count()).toBe(0);
  });
});
