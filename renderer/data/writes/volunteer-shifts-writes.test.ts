import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { createEvent, restoreEvent, trashEvent } from './events-writes';
import { createPerson } from './people-writes';
import {
  createShift,
  restoreShift,
  setShiftStatus,
  trashShift,
  updateShift,
} from './volunteer-shifts-writes';

const HOUR = 3_600_000;
const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`volunteer-shifts-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function eventAndPerson(db: HallwayDatabase) {
  const event = await createEvent(db, { name: 'Conf', startsAt: 10 * HOUR, kind: 'conference' });
  const person = await createPerson(db, { displayName: 'Ada' });
  return { eventId: event.id, personId: person.id };
}

describe('volunteer shifts', () => {
  it('computes hours from the shift times, following later time changes', async () => {
    const db = freshDatabase();
    const ids = await eventAndPerson(db);
    const shift = await createShift(db, {
      ...ids,
      role: 'Reception',
      startsAt: 9 * HOUR,
      endsAt: 12.5 * HOUR,
    });
    expect(shift).toMatchObject({ hours: 3.5, status: 'invited', deletedAt: 0 });
    const longer = await updateShift(db, shift.id, { endsAt: 14 * HOUR });
    expect(longer.hours).toBe(5);
    expect(await db.volunteerShifts.get(shift.id)).toEqual(longer);
  });

  it('computes the exact elapsed hours, which follow the times (not taken for an override)', async () => {
    const db = freshDatabase();
    const ids = await eventAndPerson(db);
    const shift = await createShift(db, { ...ids, startsAt: 0, endsAt: 80 * 60_000 });
    expect(shift).toMatchObject({ hours: 4 / 3, hoursOverridden: false });
    await db.volunteerShifts.update(shift.id, { hoursOverridden: undefined });
    expect((await updateShift(db, shift.id, { endsAt: 2 * HOUR })).hours).toBe(2);
  });

  it('keeps hours the organizer overrode when the times change', async () => {
    const db = freshDatabase();
    const ids = await eventAndPerson(db);
    const shift = await createShift(db, { ...ids, startsAt: 9 * HOUR, endsAt: 12 * HOUR });
    await updateShift(db, shift.id, { hours: 2 });
    const moved = await updateShift(db, shift.id, { endsAt: 13 * HOUR });
    expect(moved).toMatchObject({ hours: 2, hoursOverridden: true });
    const computedAgain = await updateShift(db, shift.id, { hours: null });
    expect(computedAgain).toMatchObject({ hours: 4, hoursOverridden: false });
    expect(await db.volunteerShifts.get(shift.id)).toEqual(computedAgain);
  });

  it('keeps an override set to the computed hours, and one on rows without the flag', async () => {
    const db = freshDatabase();
    const ids = await eventAndPerson(db);
    const exact = await createShift(db, { ...ids, startsAt: 0, endsAt: 3 * HOUR, hours: 3 });
    expect((await updateShift(db, exact.id, { endsAt: 5 * HOUR })).hours).toBe(3);
    const legacy = await createShift(db, { ...ids, startsAt: 0, endsAt: 3 * HOUR });
    await db.volunteerShifts.update(legacy.id, { hours: 1, hoursOverridden: undefined });
    expect((await updateShift(db, legacy.id, { endsAt: 5 * HOUR })).hours).toBe(1);
  });

  it('refuses a shift that ends before it starts, or for an unknown event', async () => {
    const db = freshDatabase();
    const ids = await eventAndPerson(db);
    await expect(
      createShift(db, { ...ids, startsAt: 9 * HOUR, endsAt: 8 * HOUR }),
    ).rejects.toMatchObject({ code: 'invalid-time-range' });
    await expect(
      createShift(db, { ...ids, eventId: 'nope', startsAt: 9 * HOUR, endsAt: 10 * HOUR }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.volunteerShifts.count()).toBe(0);
  });

  it('changes status, trashes and restores, and survives its event being trashed', async () => {
    const db = freshDatabase();
    const ids = await eventAndPerson(db);
    const shift = await createShift(db, { ...ids, startsAt: 9 * HOUR, endsAt: 10 * HOUR });
    await setShiftStatus(db, shift.id, 'attended');
    await trashShift(db, shift.id);
    expect(await db.volunteerShifts.get(shift.id)).toMatchObject({ status: 'attended' });
    expect((await db.volunteerShifts.get(shift.id))?.deletedAt).toBeGreaterThan(0);
    await restoreShift(db, shift.id);
    await trashEvent(db, ids.eventId);
    await restoreEvent(db, ids.eventId);
    expect(
      await db.volunteerShifts
        .where('[eventId+personId]')
        .equals([ids.eventId, ids.personId])
        .count(),
    ).toBe(1);
  });
});
