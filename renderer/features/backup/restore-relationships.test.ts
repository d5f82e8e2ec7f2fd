// @vitest-environment happy-dom
// A backup keeps relationships: they come back from a restore as they were, and a relationship row
// the model does not allow is refused by name before anything is replaced.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidBackupRowError } from '../../../shared/backup/find-invalid-backup-row';
import { parseBackup, type ParsedBackup } from '../../../shared/backup/parse-backup';
import { createPerson } from '../../data/writes/people-writes';
import { addRelationship, trashRelationship } from '../../data/writes/relationships-writes';
import { DEFAULT_DATABASE_NAME, HallwayDatabase } from '../../db/database';
import { backupSchema } from './backup-schema';
import { createBackupJson } from './create-backup';
import { restoreBackup } from './restore-backup';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
  await Dexie.delete(DEFAULT_DATABASE_NAME);
});

function parsed(json: string): ParsedBackup {
  const result = parseBackup(json, backupSchema());
  if (!result.ok) throw new Error(`not a backup: ${result.problem}`);
  return result.backup;
}

async function backupWithRelationships() {
  const source = new HallwayDatabase(DEFAULT_DATABASE_NAME);
  await source.open();
  const aoi = await createPerson(source, { displayName: 'Aoi' });
  const bruno = await createPerson(source, { displayName: 'Bruno' });
  await addRelationship(source, {
    fromId: aoi.id,
    toId: bruno.id,
    kind: 'mentor-of',
    note: 'Rust',
    since: Date.UTC(2024, 0, 1),
  });
  const gone = await addRelationship(source, { fromId: bruno.id, toId: aoi.id, kind: 'knows' });
  await trashRelationship(source, gone.id);
  const rows = await source.relationships.orderBy('id').toArray();
  const json = await createBackupJson(source);
  source.close();
  return { json, rows };
}

async function openTarget(): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(`restore-relationships-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

describe('restoring a backup with relationships', () => {
  it('brings every relationship back as it was, trashed ones too', async () => {
    const { json, rows } = await backupWithRelationships();
    const target = await openTarget();

    await restoreBackup(target, parsed(json));

    expect(await target.relationships.orderBy('id').toArray()).toEqual(rows);
    expect(rows).toHaveLength(2);
  });

  it('refuses a relationship of a kind the model does not know, naming it, and writes nothing', async () => {
    const { json, rows } = await backupWithRelationships();
    const broken = json.replace('"kind":"mentor-of"', '"kind":"rival-of"');
    expect(broken).not.toBe(json);
    const target = await openTarget();

    const refused = restoreBackup(target, parsed(broken));

    await expect(refused).rejects.toBeInstanceOf(InvalidBackupRowError);
    await expect(refused).rejects.toMatchObject({
      invalid: { table: 'relationships', key: rows.find((row) => row.kind === 'mentor-of')!.id },
    });
    expect(await target.relationships.count()).toBe(0);
    expect(await target.people.count()).toBe(0);
  });
});
