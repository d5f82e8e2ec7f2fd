// Bookkeeping that belongs to this device's copy of the data and is never backed up or synced:
// the format of the derived data (and whether a bulk write left it to be rebuilt), and how far
// each reader of the change feed has read. One small key-value table.
import type { HallwayDatabase } from '../db/database';

export interface LocalStateRow {
  key: string;
  value: unknown;
}

export interface DerivedState {
  /** The DERIVED_FORMAT of the code that last rebuilt or kept the derived data. */
  format: number;
  /** True between a bulk write of source rows and the rebuild that follows it. */
  stale: boolean;
}

const DERIVED_KEY = 'derived';

export async function readDerivedState(db: HallwayDatabase): Promise<DerivedState | undefined> {
  const row = await db.localState.get(DERIVED_KEY);
  return row?.value as DerivedState | undefined;
}

export async function writeDerivedState(db: HallwayDatabase, state: DerivedState): Promise<void> {
  await db.localState.put({ key: DERIVED_KEY, value: state });
}
