// @vitest-environment happy-dom
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/parse-backup';
import { DEFAULT_DATABASE_NAME, HallwayDatabase } from '../../db/database';
import { backupSchema } from '../../features/backup/backup-schema';
import { createBackupJson } from '../../features/backup/create-backup';
import { restoreBackup } from '../../features/backup/restore-backup';
import { dismissDuplicatePair, undoDuplicateDismissal } from './duplicate-dismissals-writes';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
  await Dexie.delete(DEFAULT_DATABASE_NAME);
});

function database(name = `duplicate-dismissals-${crypto.randomUUID()}`): HallwayDatabase {
  const db = new HallwayDatabase(name);
  opened.push(db);
  return db;
}

describe('duplicate dismissals', () => {
  it('stores one row per pair, whichever way round, and Undo removes it', async () => {
    const db = database();
    await dismissDuplicatePair(db, 'ben', 'ana', 5);
    await dismissDuplicatePair(db, 'ana', 'ben', 6);
    expect(await db.duplicateDismissals.toArray()).toEqual([
      { pairKey: 'ana\u0000ben', aId: 'ana', bId: 'ben', dismissedAt: 6 },
    ]);
    await undoDuplicateDismissal(db, 'ben', 'ana');
    expect(await db.duplicateDismissals.count()).toBe(0);
  });

  it('travels with a backup and comes back with its restore', async () => {
    const source = database(DEFAULT_DATABASE_NAME);
    await dismissDuplicatePair(source, 'ana', 'ben', 7);
    const parsed = parseBackup(await createBackupJson(source), backupSchema());
    if (!parsed.ok) throw new Error(parsed.problem);
    const target = database();

    await restoreBackup(target, parsed.backup);

    expect(await target.duplicateDismissals.toArray()).toEqual([
      { pairKey: 'ana\u0000ben', aId: 'ana', bId: 'ben', dismissedAt: 7 },
    ]);
  });
});
