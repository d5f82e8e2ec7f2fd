import { afterEach, describe, expect, it } from 'vitest';
import { $ZodError } from 'zod/v4/core';
import { HallwayDatabase } from '../../db/database';
import { getOrganizerRoles } from '../../repositories/roster-roles-repository';
import { getSetting } from '../../repositories/settings-repository';
import { setOrganizerRoles, setSetting } from './settings-writes';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`settings-writes-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('settings', () => {
  it('gives the default when nothing is stored, and the stored value after a set', async () => {
    const db = freshDatabase();
    expect(await getSetting(db, 'ui.language')).toBe('system');
    await setSetting(db, 'ui.language', 'ja');
    expect(await getSetting(db, 'ui.language')).toBe('ja');
    expect((await db.settings.get('ui.language'))?.updatedAt).toBeGreaterThan(0);
  });

  it('refuses to store a value of the wrong shape', async () => {
    const db = freshDatabase();
    await expect(setSetting(db, 'backups.keep', 0)).rejects.toBeInstanceOf($ZodError);
    expect(await db.settings.count()).toBe(0);
  });

  it('falls back to the default when the stored value no longer fits', async () => {
    const db = freshDatabase();
    await db.settings.put({ key: 'ui.language', value: 'klingon', updatedAt: 1 });
    expect(await getSetting(db, 'ui.language')).toBe('system');
  });
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
});
