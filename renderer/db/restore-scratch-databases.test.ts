import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  removeLeftoverRestoreDatabases,
  restoreScratchDatabaseName,
} from './restore-scratch-databases';

const NOW = Date.parse('2026-03-05T12:00:00Z');
const created: string[] = [];

async function createDatabase(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({ people: 'id' });
  await db.open();
  db.close();
  created.push(name);
}

afterEach(async () => {
  await Promise.all(created.splice(0).map((name) => Dexie.delete(name)));
});

describe('removeLeftoverRestoreDatabases', () => {
  it('removes the scratch database a restore cut short left behind, and nothing else', async () => {
    const name = `scratch-${crypto.randomUUID()}`;
    const leftover = restoreScratchDatabaseName(name, NOW - 2 * 60 * 60 * 1000);
    const running = restoreScratchDatabaseName(name, NOW - 5 * 60 * 1000);
    const otherApp = `${name}-restore-notes`;
    await Promise.all([name, leftover, running, otherApp].map(createDatabase));

    await expect(removeLeftoverRestoreDatabases(name, NOW)).resolves.toEqual([leftover]);

    const names = await Dexie.getDatabaseNames();
    expect(names).not.toContain(leftover);
    expect(names).toEqual(expect.arrayContaining([name, running, otherApp]));
  });
});
