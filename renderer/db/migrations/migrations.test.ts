import { afterEach, describe, expect, it } from 'vitest';
import { derivePersonKeys } from '../../../shared/people/derive-person-keys';
import { generateSampleData } from '../../../shared/sample-data/generate-sample-data';
import { SOURCE_TABLES, type SourceTable } from '../../data/source-tables';
import { CURRENT_SCHEMA_VERSION, type HallwayDatabase } from '../database';
import { migrations } from './index';
import { openAtVersion, tableContents, tableCounts, upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
const uniqueName = () => `migrations-${crypto.randomUUID()}`;
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const TABLES = [
  'people',
  'events',
  'interactions',
  'introductions',
  'followUps',
  'volunteerShifts',
  'topics',
  'settings',
];

/** The primary key of a Dexie store definition: what precedes the first comma. */
const primaryKeyOf = (stores: string) => stores.split(',')[0].trim();

describe('schema versions', () => {
  it('are strictly increasing and unique, and the last is the current one', () => {
    const versions = migrations.map((migration) => migration.version);
    for (let index = 1; index < versions.length; index++) {
      expect(versions[index]).toBeGreaterThan(versions[index - 1]);
    }
    expect(versions[0]).toBe(1);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('are additive: no table deleted, no primary key changed, no generated key for user data', () => {
    const primaryKeys = new Map<string, string>();
    for (const migration of migrations) {
      for (const [table, stores] of Object.entries(migration.stores)) {
        expect(stores, `${table} deleted in version ${migration.version}`).not.toBeNull();
        const key = primaryKeyOf(stores ?? '');
        // Local bookkeeping (the change feed) may number its rows; synced rows keep their ids.
        if (SOURCE_TABLES.includes(table as SourceTable)) expect(key).not.toMatch(/^\+\+/);
        expect(primaryKeyOf(stores ?? ''), `${table} key in version ${migration.version}`).toBe(
          primaryKeys.get(table) ?? key,
        );
        primaryKeys.set(table, key);
      }
    }
  });

  it('opens version 1 empty, with every table of the data model', async () => {
    const db = await openAtVersion(uniqueName(), 1);
    opened.push(db);
    expect(db.verno).toBe(1);
    const counts = await tableCounts(db);
    expect(Object.keys(counts).sort()).toEqual([...TABLES].sort());
    expect(Object.values(counts).every((count) => count === 0)).toBe(true);
  });

  it('opens at the current version with every table', async () => {
    const db = await openAtVersion(uniqueName(), CURRENT_SCHEMA_VERSION);
    opened.push(db);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(TABLES));
  });
});

describe('each upgrade, on data written by the version before it', () => {
  const generated = generateSampleData({ seed: 9, people: 60, now: Date.UTC(2026, 0, 1) });
  // The people as the app stored them: with their look-up keys and sort name.
  const sample = {
    ...generated,
    people: generated.people.map((person) => ({ ...person, ...derivePersonKeys(person) })),
  };
  const laterVersions = migrations.slice(1).map((migration) => migration.version);

  it.each(laterVersions)(
    'keeps every row as it was when upgrading to version %i',
    async (version) => {
      let before: Record<string, unknown[]> = {};
      const db = await upgradeTo({
        name: uniqueName(),
        version,
        writeBefore: async (previous) => {
          await previous.people.bulkPut(sample.people);
          await previous.events.bulkPut(sample.events);
          await previous.interactions.bulkPut(sample.interactions);
          await previous.introductions.bulkPut(sample.introductions);
          await previous.volunteerShifts.bulkPut(sample.volunteerShifts);
          await previous.topics.bulkPut(sample.topics);
          before = await tableContents(previous);
        },
      });
      opened.push(db);
      expect(db.verno).toBe(version);
      const after = await tableContents(db);
      // No version moves data: sources and derived tables alike are untouched by the upgrade.
      for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
    },
  );

  it('reads data written by version 1 through the indexes of the current version', async () => {
    const name = uniqueName();
    const v1 = await openAtVersion(name, 1);
    await v1.people.bulkPut(sample.people);
    await v1.interactions.bulkPut(sample.interactions);
    await v1.events.bulkPut(sample.events);
    await v1.volunteerShifts.bulkPut(sample.volunteerShifts);
    v1.close();
    const db = await openAtVersion(name, CURRENT_SCHEMA_VERSION);
    opened.push(db);
    const firstByName = [...sample.people].sort((a, b) =>
      a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0,
    )[0];
    const listed = await db.people
      .where('[deletedAt+sortName]')
      .between([0, ''], [0, '\uffff'])
      .first();
    expect(listed?.sortName).toBe(firstByName.sortName);
    const someone = sample.interactions[0].personId;
    const theirs = sample.interactions.filter((interaction) => interaction.personId === someone);
    expect(
      await db.interactions
        .where('[personId+at]')
        .between([someone, -Infinity], [someone, Infinity])
        .count(),
    ).toBe(theirs.length);
    const { series } = sample.events.find((event) => event.series !== '')!;
    expect(
      await db.events
        .where('[series+startsAt]')
        .between([series, -Infinity], [series, Infinity])
        .count(),
    ).toBe(sample.events.filter((event) => event.series === series).length);
    expect(
      await db.volunteerShifts
        .where('[status+endsAt]')
        .between(['attended', -Infinity], ['attended', Infinity])
        .count(),
    ).toBe(sample.volunteerShifts.filter((shift) => shift.status === 'attended').length);
  });
});
