import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, HallwayDatabase } from './database';
import { migrationsUpTo } from './migrations/migration-test-harness';
import { openDatabase } from './open-database';
import { useOtherWindowsStore, watchOtherWindows } from './other-windows';

const opened: HallwayDatabase[] = [];
let name: string;

beforeEach(() => {
  name = `other-windows-${crypto.randomUUID()}`;
  useOtherWindowsStore.setState({ state: 'alone' });
});
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await HallwayDatabase.delete(name);
});

/** This window: the app's code one version behind what another window is about to open. */
async function openOlderWindow(): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(name, migrationsUpTo(CURRENT_SCHEMA_VERSION - 1));
  opened.push(db);
  watchOtherWindows(db);
  await db.open();
  return db;
}

/** Another window with a newer Hallway: one schema version more than today's. */
async function openNewerElsewhere(): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(name);
  db.version(CURRENT_SCHEMA_VERSION + 1).stores({});
  opened.push(db);
  await db.open();
  return db;
}

describe('a window left open on an older version', () => {
  it('closes for good when another window opens a newer version, and says so', async () => {
    const older = await openOlderWindow();
    await older.people.count();
    const newer = await openNewerElsewhere();
    expect(newer.verno).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(older.isOpen()).toBe(false);
    expect(useOtherWindowsStore.getState().state).toBe('replaced');
  });

  it('never reopens at its older version: reads fail as closed, not with a VersionError', async () => {
    const older = await openOlderWindow();
    await openNewerElsewhere();
    const error = await older.people.count().then(
      () => null,
      (caught: unknown) => caught as Error,
    );
    expect(error?.name).toBe('DatabaseClosedError');
  });

  it('closes for good when another window deletes the database', async () => {
    const older = await openOlderWindow();
    await HallwayDatabase.delete(name);
    expect(older.isOpen()).toBe(false);
    expect(useOtherWindowsStore.getState().state).toBe('replaced');
  });
});

describe('opening while another window holds an older version open', () => {
  it('says it is waiting, then goes on once the other window lets go', async () => {
    // A connection that does not close when asked (a window that is frozen or an old build).
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const opening = openDatabase(name);
    await expect.poll(() => useOtherWindowsStore.getState().state).toBe('blocked');
    holder.close();
    const db = await opening;
    opened.push(db);
    expect(db.isOpen()).toBe(true);
    expect(useOtherWindowsStore.getState().state).toBe('alone');
  });
});
