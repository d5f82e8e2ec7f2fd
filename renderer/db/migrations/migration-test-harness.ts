// Test support for schema versions: writes data with the schema as it was before a version and
// then opens the same database with that version, so each upgrade runs on data written by the
// previous version, exactly as on a user's machine. Used by the migration tests only.
import Dexie, { type Table } from 'dexie';
import { HallwayDatabase } from '../database';
import { migrations as allMigrations } from './index';
import type { Migration } from './migration';

/** The migrations up to and including `version`. */
export function migrationsUpTo(
  version: number,
  migrations: readonly Migration[] = allMigrations,
): Migration[] {
  return migrations.filter((migration) => migration.version <= version);
}

/** Opens database `name` with the schema of `version` (running any upgrade up to it). */
export async function openAtVersion(
  name: string,
  version: number,
  migrations: readonly Migration[] = allMigrations,
): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(name, migrationsUpTo(version, migrations));
  await db.open();
  return db;
}

/**
 * Opens database `name` with only the schema of `version`: a plain Dexie, without the derived-data
 * middlewares of today's HallwayDatabase, so rows are stored exactly as written (in that version's
 * shape, with its derived fields as they were, stale or missing).
 */
export async function openPlainAtVersion(name: string, version: number): Promise<Dexie> {
  const db = new Dexie(name);
  for (const migration of migrationsUpTo(version)) {
    db.version(migration.version).stores(migration.stores);
  }
  await db.open();
  return db;
}

export interface UpgradeOptions {
  /** A database name no other test uses. */
  name: string;
  /** The version whose upgrade is under test. */
  version: number;
  /** Writes the data, with the database at the previous version. */
  writeBefore: (db: HallwayDatabase) => Promise<void>;
  migrations?: readonly Migration[];
}

/**
 * Writes with the version before `version`, closes, and reopens with `version`: the returned
 * database has just run that version's upgrade on the data. The caller deletes it.
 */
export async function upgradeTo(options: UpgradeOptions): Promise<HallwayDatabase> {
  const migrations = options.migrations ?? allMigrations;
  const previous = migrations.filter((migration) => migration.version < options.version).at(-1);
  if (!previous) throw new Error(`Version ${options.version} has no version before it.`);
  const before = await openAtVersion(options.name, previous.version, migrations);
  await options.writeBefore(before);
  before.close();
  return openAtVersion(options.name, options.version, migrations);
}

/** Row counts of every table the database has at its current version. */
export async function tableCounts(db: HallwayDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables as Table[]) counts[table.name] = await table.count();
  return counts;
}

/** Every row of every table the database has at its current version, in primary-key order. */
export async function tableContents(db: HallwayDatabase): Promise<Record<string, unknown[]>> {
  const contents: Record<string, unknown[]> = {};
  for (const table of db.tables as Table[]) contents[table.name] = await table.toArray();
  return contents;
}
