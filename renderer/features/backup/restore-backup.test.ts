// @vitest-environment happy-dom
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidBackupRowError } from '../../../shared/backup/find-invalid-backup-row';
import { parseBackup, type ParsedBackup } from '../../../shared/backup/parse-backup';
import type { Person, VolunteerShift } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { derivedDataIsCurrent } from '../../data/rebuild-derived';
import { derivePersonFields } from '../../data/derived/person-fields';
import { CURRENT_SCHEMA_VERSION, DEFAULT_DATABASE_NAME, HallwayDatabase } from '../../db/database';
import { openAtVersion, tableCounts } from '../../db/migrations/migration-test-harness';
import { seedDatabase } from '../../data/writes/sample-data-writes';
import { backupSchema } from './backup-schema';
import { createBackupJson } from './create-backup';
import { restoreBackup } from './restore-backup';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
  await Dexie.delete(DEFAULT_DATABASE_NAME);
});

async function openTarget(): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(`restore-target-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

function parsed(json: string): ParsedBackup {
  const result = parseBackup(json, backupSchema());
  if (!result.ok) throw new Error(`not a backup: ${result.problem}`);
  return result.backup;
}

/** A backup of Hallway's own database ('hallway'), written with the schema of `version`. */
async function backupWrittenAt(version: number, write: (db: HallwayDatabase) => Promise<void>) {
  const source = await openAtVersion(DEFAULT_DATABASE_NAME, version);
  await write(source);
  const json = await createBackupJson(source);
  source.close();
  return json;
}

const aiko = personFixture({ id: 'aiko', displayName: 'Aiko Tanaka', company: 'Acme' });
const hanako = personFixture({
  id: 'hanako',
  displayName: '山田 花子',
  familyName: '山田',
  givenName: '花子',
  nameOrder: 'family-given',
  nameReading: 'ヤマダ ハナコ',
});

const shift: VolunteerShift = {
  id: 'shift-1',
  createdAt: 1,
  updatedAt: 1,
  deletedAt: 0,
  eventId: 'event-1',
  personId: 'aiko',
  role: 'reception',
  startsAt: Date.UTC(2026, 9, 1, 9),
  endsAt: Date.UTC(2026, 9, 1, 12),
  status: 'attended',
  hours: 3,
  note: '',
};

describe('restoreBackup', () => {
  it('replaces every table with the backup of the current version and clears the search index', async () => {
    const json = await backupWrittenAt(CURRENT_SCHEMA_VERSION, async (db) => {
      await db.people.bulkAdd([aiko, hanako]);
      await db.settings.put({ key: 'language', value: 'ja', updatedAt: 1 });
      await db.transaction('rw', db.volunteerShifts, async () => {
        await db.volunteerShifts.bulkAdd([shift]);
      });
    });
    const target = await openTarget();
    await target.people.add(personFixture({ id: 'someone-else' }));
    await target.searchIndex.put({ id: 'people', format: 1, seq: 1, parts: 0 });
    const progress: [number, number][] = [];

    await restoreBackup(target, parsed(json), {
      onProgress: (done, total) => progress.push([done, total]),
    });

    expect((await target.people.orderBy('id').toArray()).map((person) => person.id)).toEqual([
      'aiko',
      'hanako',
    ]);
    // As every write stores a person: with the fields derived from hers.
    expect(await target.people.get('hanako')).toEqual(derivePersonFields(hanako));
    expect(await target.settings.get('language')).toEqual({
      key: 'language',
      value: 'ja',
      updatedAt: 1,
    });
    expect(await target.searchIndex.count()).toBe(0);
    expect((await target.volunteerFigures.toArray()).map((figures) => figures.personId)).toEqual([
      'aiko',
    ]);
    // The four rows written, then the rebuild of the derived data, to the end.
    expect(progress).toContainEqual([4, expect.any(Number)]);
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
  });

  it('gives back every table of a seeded database, derived tables rebuilt as they were', async () => {
    const source = new HallwayDatabase(DEFAULT_DATABASE_NAME);
    await source.open();
    await seedDatabase(source, { seed: 7, people: 40 });
    const json = await createBackupJson(source);
    const target = await openTarget();

    await restoreBackup(target, parsed(json));

    for (const table of source.tables) {
      // The change feed is each database's own record of its writes.
      if (table.name === 'searchIndex' || table.name === 'changes') continue;
      expect(await target.table(table.name).toArray(), table.name).toEqual(await table.toArray());
    }
    source.close();
  });

  it('brings a backup written by version 2 to the current schema and derives its name keys', async () => {
    const { nameKeys: _absent, ...writtenByVersion2 } = hanako;
    const json = await backupWrittenAt(2, async (db) => {
      await db.people.add(writtenByVersion2 as Person);
    });
    expect(JSON.parse(json).data.databaseVersion).toBe(2);
    const target = await openTarget();

    await restoreBackup(target, parsed(json));
    expect(await derivedDataIsCurrent(target)).toBe(true);

    expect(await target.people.where('nameKeys').equals('r:やまだはなこ').primaryKeys()).toEqual([
      'hanako',
    ]);
    expect(await Dexie.getDatabaseNames()).not.toContain(
      expect.stringContaining(`${target.name}-restore-`),
    );
  });

  it('leaves the data exactly as it was when a row cannot be written', async () => {
    const json = await backupWrittenAt(CURRENT_SCHEMA_VERSION, async (db) => {
      await db.people.bulkAdd([aiko, hanako]);
    });
    const backup = parsed(json);
    const broken: ParsedBackup = {
      ...backup,
      tables: backup.tables.map((table) =>
        table.name === 'people'
          ? { ...table, rows: [...table.rows, { displayName: 'no id' }] }
          : table,
      ),
    };
    const target = await openTarget();
    const before = personFixture({ id: 'kept', displayName: 'Kept' });
    await target.people.add(before);
    const countsBefore = await tableCounts(target);

    await expect(restoreBackup(target, broken)).rejects.toThrow();

    expect(await target.people.toArray()).toEqual([before]);
    expect(await tableCounts(target)).toEqual(countsBefore);
  });

  it('refuses a backup with a row the model does not allow, naming it, and writes nothing', async () => {
    const json = await backupWrittenAt(CURRENT_SCHEMA_VERSION, async (db) => {
      await db.people.bulkAdd([aiko, { ...hanako, emails: 'hanako@example.org' as never }]);
    });
    const target = await openTarget();
    const before = personFixture({ id: 'kept', displayName: 'Kept' });
    await target.people.add(before);

    const refused = restoreBackup(target, parsed(json));

    await expect(refused).rejects.toBeInstanceOf(InvalidBackupRowError);
    await expect(refused).rejects.toMatchObject({
      invalid: { table: 'people', row: 2, key: 'hanako', reason: expect.stringMatching(/^emails/) },
    });
    expect(await target.people.toArray()).toEqual([before]);
  });

  it('refuses a row whose hand-edited list is no longer a list, though the file marks it as one', async () => {
    const written = await backupWrittenAt(CURRENT_SCHEMA_VERSION, async (db) => {
      await db.people.bulkAdd([aiko, hanako]);
    });
    const json = written.replace(/"emails":\[[^\]]*\]/g, '"emails":"x@y"');
    expect(json).toContain('"emails":"x@y"');
    expect(json).toContain('"emails":"arrayNonindexKeys"');
    const target = await openTarget();

    await expect(restoreBackup(target, parsed(json))).rejects.toMatchObject({
      invalid: { table: 'people', row: 1, key: 'aiko', reason: expect.stringMatching(/^emails: /) },
    });
    expect(await target.people.count()).toBe(0);
  });

  it('checks the rows of an older backup once upgraded, and leaves no scratch database', async () => {
    const json = await backupWrittenAt(2, async (db) => {
      await db.events.add({ id: 'e1', name: 'Meetup', kind: 'barbecue' } as never);
      await db.people.add(aiko);
    });
    const target = await openTarget();

    await expect(restoreBackup(target, parsed(json))).rejects.toMatchObject({
      invalid: { table: 'events', row: 1, key: 'e1' },
    });
    expect(await target.people.count()).toBe(0);
    expect(await Dexie.getDatabaseNames()).not.toContain(
      expect.stringContaining(`${target.name}-restore-`),
    );
  });

  it('refuses a backup from a newer schema version before reading any row', () => {
    const newer = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: DEFAULT_DATABASE_NAME,
        databaseVersion: CURRENT_SCHEMA_VERSION + 1,
        tables: [{ name: 'people', schema: 'id', rowCount: 0 }],
        data: [{ tableName: 'people', inbound: true, rows: [] }],
      },
    });
    expect(parseBackup(newer, backupSchema())).toMatchObject({
      ok: false,
      problem: 'newer-version',
    });
  });
});
