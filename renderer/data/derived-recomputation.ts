// Test support: the derived data a database stores beside what a rebuild computes from its stored
// sources. Generic over DERIVED_MODULES, so that a test of upgrades, of a stopped bulk write or of
// any sequence of writes covers every module once it is registered: each module's tables, in
// primary-key order, and the people whose stored derived fields are not what they derive to.
// Used by tests only.
import { cmp, type Table } from 'dexie';
import type { Person } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import { DERIVED_MODULES } from './derived';
import { computeDerived } from './rebuild-derived';

export interface DerivedComparison {
  /** Each module table's stored rows. */
  stored: Record<string, unknown[]>;
  /** Each module table's rows as a rebuild computes them from the stored sources. */
  recomputed: Record<string, unknown[]>;
  /** People whose stored derived fields differ from a recomputation, as recomputed. */
  stalePeople: Person[];
}

function primaryKeyOf(table: Table): (row: unknown) => unknown {
  const { keyPath } = table.schema.primKey;
  const field = (row: unknown, name: string) => (row as Record<string, unknown>)[name];
  return Array.isArray(keyPath)
    ? (row) => keyPath.map((name) => field(row, name))
    : (row) => field(row, keyPath ?? '');
}

export async function compareDerivedWithRecomputation(
  db: HallwayDatabase,
): Promise<DerivedComparison> {
  const [people, interactions, introductions, volunteerShifts] = await Promise.all([
    db.people.toArray(),
    db.interactions.toArray(),
    db.introductions.toArray(),
    db.volunteerShifts.toArray(),
  ]);
  const sources = { people, interactions, introductions, volunteerShifts };
  const { built, people: stalePeople } = computeDerived(sources);
  const comparison: DerivedComparison = { stored: {}, recomputed: {}, stalePeople };
  for (const name of DERIVED_MODULES.flatMap((module) => module.tables)) {
    const table = db.table(name);
    const keyOf = primaryKeyOf(table);
    comparison.stored[name] = await table.toArray();
    comparison.recomputed[name] = [...(built[name] ?? [])].sort((a, b) => cmp(keyOf(a), keyOf(b)));
  }
  return comparison;
}
