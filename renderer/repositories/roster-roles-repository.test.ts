import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../db/database';
import { createEvent } from './events-repository';
import { getOrganizerRoles, setEventRoleNeeds, setOrganizerRoles } from './roster-roles-repository';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`roster-roles-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('roster roles', () => {
  it('keeps the organizer’s list once edited, refusing two roles with one key', async () => {
    const db = freshDatabase();
    expect(await getOrganizerRoles(db)).toBeNull();
    const roles = [
      { key: 'reception', label: '受付', needed: 2 },
      { key: 'dj', label: 'DJ', needed: 1 },
    ];
    await setOrganizerRoles(db, roles);
    expect(await getOrganizerRoles(db)).toEqual(roles);
    await expect(
      setOrganizerRoles(db, [...roles, { ...roles[1], label: 'Music' }]),
    ).rejects.toThrow();
    expect(await getOrganizerRoles(db)).toEqual(roles);
  });

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
