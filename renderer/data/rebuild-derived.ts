// Rebuilds every derived table and field from the source rows, in bulk: the sources are read once
// (by primary key, in chunks), every module computes its rows in memory, and one transaction
// replaces the derived tables and records the format. Run at start when the stored derived data is
// of another format or was left stale (a bulk write stopped before its rebuild), and right after
// bulk writes. Reports rows done of rows total, reading then writing, for the progress bar; until
// the rows to write are known, they are taken to be the derived rows stored now plus the people
// (whose derived fields may change), so that the bar seldom steps back when the real number comes.
import type { Table } from 'dexie';
import type { Person } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import type { DerivedRows, SourceSnapshot } from './derived/derived-module';
import { DERIVED_FORMAT, DERIVED_MODULES } from './derived';
import { readDerivedState, writeDerivedState } from './local-state';
import { enqueueWrite } from './write-queue';

const READ_CHUNK = 10_000;
const WRITE_CHUNK = 10_000;

export type RebuildProgress = (done: number, total: number) => void;

const SNAPSHOT_TABLES = ['people', 'interactions', 'introductions', 'volunteerShifts'] as const;

const derivedTables = () => DERIVED_MODULES.flatMap((module) => module.tables);

const sum = (numbers: readonly number[]) => numbers.reduce((total, count) => total + count, 0);

async function readSnapshot(
  db: HallwayDatabase,
  advance: (rows: number) => void,
  setTotals: (rowsToRead: number, rowsToWriteGuess: number) => void,
): Promise<SourceSnapshot> {
  const scope = [...SNAPSHOT_TABLES, ...derivedTables()];
  return db.transaction('r', scope, async () => {
    const count = (names: readonly string[]) =>
      Promise.all(names.map((name) => db.table(name).count()));
    const [sources, derived] = await Promise.all([count(SNAPSHOT_TABLES), count(derivedTables())]);
    setTotals(sum(sources), sum(derived) + sources[SNAPSHOT_TABLES.indexOf('people')]);
    const snapshot = {} as Record<(typeof SNAPSHOT_TABLES)[number], unknown[]>;
    for (const name of SNAPSHOT_TABLES) {
      const table: Table<{ id: string }, string> = db.table(name);
      const rows: { id: string }[] = [];
      let last: string | undefined;
      for (;;) {
        const range = last === undefined ? table.toCollection() : table.where(':id').above(last);
        const chunk = await range.limit(READ_CHUNK).toArray();
        if (chunk.length === 0) break;
        rows.push(...chunk);
        last = chunk[chunk.length - 1].id;
        advance(chunk.length);
      }
      snapshot[name] = rows;
    }
    return snapshot as unknown as SourceSnapshot;
  });
}

/** Every module's rebuild from `sources`, in registry order: what the derived data should be. */
export function computeDerived(sources: SourceSnapshot): {
  built: DerivedRows;
  /** People whose stored derived fields differ from what they derive to. */
  people: Person[];
} {
  const built: DerivedRows = {};
  const fixedPeople = new Map<string, Person>();
  let snapshot = sources;
  for (const module of DERIVED_MODULES) {
    const { tables = {}, people = [] } = module.rebuild(snapshot, built);
    Object.assign(built, tables);
    if (people.length > 0) {
      for (const person of people) fixedPeople.set(person.id, person);
      const byId = new Map(people.map((person) => [person.id, person]));
      snapshot = {
        ...snapshot,
        people: snapshot.people.map((person) => byId.get(person.id) ?? person),
      };
    }
  }
  return { built, people: [...fixedPeople.values()] };
}

/** Rebuilds now. The caller makes sure no write runs meanwhile (see ensureDerivedCurrent). */
export async function rebuildDerived(
  db: HallwayDatabase,
  onProgress?: RebuildProgress,
): Promise<void> {
  let done = 0;
  let readTotal = 0;
  let total = 0;
  const advance = (rows: number) => {
    done += rows;
    onProgress?.(done, Math.max(total, done));
  };
  const sources = await readSnapshot(db, advance, (rowsToRead, rowsToWriteGuess) => {
    readTotal = rowsToRead;
    total = rowsToRead + rowsToWriteGuess;
    onProgress?.(0, total);
  });
  const { built, people } = computeDerived(sources);
  const tables = derivedTables();
  const writeTotal = people.length + sum(tables.map((name) => built[name]?.length ?? 0));
  total = readTotal + writeTotal;
  onProgress?.(done, total);
  const scope = [...tables, 'people', 'localState'];
  await db.transaction('rw', scope, async () => {
    for (const name of tables) await db.table(name).clear();
    const writeInChunks = async (table: Table, rows: readonly unknown[]) => {
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        const chunk = rows.slice(start, start + WRITE_CHUNK);
        await table.bulkPut(chunk);
        advance(chunk.length);
      }
    };
    await writeInChunks(db.people, people);
    for (const name of tables) await writeInChunks(db.table(name), built[name] ?? []);
    await writeDerivedState(db, { format: DERIVED_FORMAT, stale: false });
  });
  onProgress?.(total, total);
}

/** Whether the stored derived data needs a rebuild before the app may show anything. */
export async function derivedDataIsCurrent(db: HallwayDatabase): Promise<boolean> {
  const state = await readDerivedState(db);
  return state !== undefined && state.format === DERIVED_FORMAT && !state.stale;
}

/** Rebuilds (through the write queue) when the stored derived data is stale or of another format. */
export function ensureDerivedCurrent(
  db: HallwayDatabase,
  onProgress?: RebuildProgress,
): Promise<boolean> {
  return enqueueWrite(db, async () => {
    if (await derivedDataIsCurrent(db)) return false;
    await rebuildDerived(db, onProgress);
    return true;
  });
}
