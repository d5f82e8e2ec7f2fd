// For benchmarks only, through window.__hallway.writeTools() (the test hook; loaded on first use,
// never in a normal session): bulk writes of the sample data set through the app's write paths
// and, for the baselines, into bare tables, each into a new database named by the caller, so that
// the app's own database is never touched. Every write returns the milliseconds of the write alone
// (opening the new database is not counted). The data set is generated once and kept in the page,
// so that several writes of the same rows cost one generation; so is the last backup taken.
import Dexie from 'dexie';
import { parseBackup } from '../../shared/backup/parse-backup';
import type { Person } from '../../shared/domain/entities';
import { generateSampleData, type SampleData } from '../../shared/sample-data/generate-sample-data';
import { HallwayDatabase } from '../db/database';
import { writeSampleData } from '../data/writes/sample-data-writes';
import { backupSchema } from '../features/backup/backup-schema';
import { createBackupJson } from '../features/backup/create-backup';
import { restoreBackup } from '../features/backup/restore-backup';

/** Rows per bulkPut call in the bare baselines: as the seeding path; 10,000 was no faster here. */
const BARE_CHUNK = 2_000;

/** Each sample table's primary key: the whole schema of a bare database. */
const PRIMARY_KEYS: Readonly<Record<keyof SampleData, string>> = {
  topics: 'key',
  events: 'id',
  people: 'id',
  interactions: 'id',
  introductions: 'id',
  volunteerShifts: 'id',
  relationships: 'id',
};

export type BareRows = Partial<Record<keyof SampleData, readonly unknown[]>>;

export interface WriteTestTools {
  /** The sample data set (now: the first call's clock), generated once, kept until dropped. */
  sampleData(options: { seed: number; people: number }): { data: SampleData; generateMs: number };
  /** Lets the kept data set and backup go (before a benchmark that measures the page's heap). */
  dropSampleData(): void;
  /** The whole data set through the app's seeding path, into a new database `name`. */
  seedInto(name: string, data: SampleData): Promise<number>;
  /** People alone through the app's write path (derived tables kept), into a new database. */
  writePeopleInto(name: string, people: Person[]): Promise<number>;
  /**
   * The physical limit: the rows with Dexie bulkPut, `chunk` rows per call, in one transaction,
   * into a new database `name` whose tables hold nothing but their primary key.
   */
  bareBulkPut(name: string, rows: BareRows, chunk?: number): Promise<number>;
  /** A full backup of the database `name`, as the app takes it, kept for restoreInto. */
  backUp(name: string): Promise<{ length: number }>;
  /** The last backup checked and restored as the app does, into a new database `name`. */
  restoreInto(name: string): Promise<number>;
  /** How many people the database `name` holds (to check a restore). */
  countPeople(name: string): Promise<number>;
  /** Deletes a database; returns how long that took. */
  deleteDatabase(name: string): Promise<number>;
}

const NOTHING_BUT_PEOPLE = {
  events: [],
  interactions: [],
  introductions: [],
  volunteerShifts: [],
  relationships: [],
  topics: [],
} satisfies Omit<SampleData, 'people'>;

/**
 * The app's write path for many people at once: the bulk write of the sample data with people
 * alone (chunked puts in one write, then the derived data rebuilt in bulk).
 */
async function writePeople(db: HallwayDatabase, people: Person[]): Promise<void> {
  await writeSampleData(db, { ...NOTHING_BUT_PEOPLE, people });
}

async function timeWriteInto(
  name: string,
  write: (db: HallwayDatabase) => Promise<unknown>,
): Promise<number> {
  const db = new HallwayDatabase(name);
  await db.open();
  try {
    const started = performance.now();
    await write(db);
    return performance.now() - started;
  } finally {
    db.close();
  }
}

async function bareBulkPut(name: string, rows: BareRows, chunk = BARE_CHUNK): Promise<number> {
  const tables = (Object.keys(rows) as (keyof SampleData)[]).filter((table) => rows[table]);
  const db = new Dexie(name);
  db.version(1).stores(Object.fromEntries(tables.map((table) => [table, PRIMARY_KEYS[table]])));
  await db.open();
  try {
    const started = performance.now();
    await db.transaction('rw', tables, async () => {
      for (const table of tables) {
        const all = rows[table] ?? [];
        for (let start = 0; start < all.length; start += chunk) {
          // The baseline is raw Dexie into a bare scratch database, never the app's data.
          // eslint-disable-next-line no-restricted-syntax
          await db.table(table).bulkPut(all.slice(start, start + chunk));
        }
      }
    });
    return performance.now() - started;
  } finally {
    db.close();
  }
}

let kept: { key: string; data: SampleData; generateMs: number } | undefined;
let lastBackup: { from: string; json: string } | undefined;

async function backUp(name: string): Promise<{ length: number }> {
  const db = new HallwayDatabase(name);
  try {
    lastBackup = { from: name, json: await createBackupJson(db) };
    return { length: lastBackup.json.length };
  } finally {
    db.close();
  }
}

/** Times the check of the backup's text and the restore, as the restore dialog runs them. */
async function restoreInto(name: string): Promise<number> {
  if (!lastBackup) throw new Error('no backup to restore: call backUp first');
  const { from, json } = lastBackup;
  const db = new HallwayDatabase(name);
  await db.open();
  try {
    const started = performance.now();
    // The backup carries its database's name; the check wants that of the one backed up.
    const parsed = parseBackup(json, { ...backupSchema(), databaseName: from });
    if (!parsed.ok) throw new Error(`the backup does not restore: ${parsed.problem}`);
    await restoreBackup(db, parsed.backup);
    return performance.now() - started;
  } finally {
    db.close();
  }
}

export const writeTestTools: WriteTestTools = {
  sampleData({ seed, people }) {
    const key = `${seed}/${people}`;
    if (kept?.key !== key) {
      const started = performance.now();
      const data = generateSampleData({ seed, people, now: Date.now() });
      kept = { key, data, generateMs: performance.now() - started };
    }
    return { data: kept.data, generateMs: kept.generateMs };
  },
  dropSampleData() {
    kept = undefined;
    lastBackup = undefined;
  },
  seedInto: (name, data) => timeWriteInto(name, (db) => writeSampleData(db, data)),
  writePeopleInto: (name, people) => timeWriteInto(name, (db) => writePeople(db, people)),
  bareBulkPut,
  backUp,
  restoreInto,
  async countPeople(name) {
    const db = new HallwayDatabase(name);
    try {
      return await db.people.count();
    } finally {
      db.close();
    }
  },
  async deleteDatabase(name) {
    const started = performance.now();
    await Dexie.delete(name);
    return performance.now() - started;
  },
};
