// For end-to-end tests only, through window.__hallway.syncedSourceRows() (loaded on first use): every
// synced source table of this device, row by row, sorted by key, without the fields each device
// derives for itself (a person's match keys, sort name, last contact and due date). Two devices
// have converged exactly when these are equal, which is how the sync specs check it.
import { SYNCED_TABLES, type SyncedTable } from '../../shared/sync/synced-tables';
import type { HallwayDatabase } from '../db/database';
import { keyOf } from '../data/source-tables';

export type SyncedSourceRows = Record<SyncedTable, Record<string, unknown>[]>;

/** Never synced: derived on each device from the rows it has (docs/sync.md). */
const DERIVED_PERSON_FIELDS = [
  'emailKeys',
  'linkKeys',
  'nameKeys',
  'sortName',
  'lastContactAt',
  'nextContactDueAt',
];

export async function readSyncedSourceRows(db: HallwayDatabase): Promise<SyncedSourceRows> {
  const tables = await db.transaction('r', [...SYNCED_TABLES], () =>
    Promise.all(SYNCED_TABLES.map((table) => db.table(table).toArray())),
  );
  return Object.fromEntries(
    SYNCED_TABLES.map((table, index) => [table, sortedSourceRows(table, tables[index])]),
  ) as SyncedSourceRows;
}

function sortedSourceRows(table: SyncedTable, rows: Record<string, unknown>[]) {
  const keyed = rows.map((row) => ({
    key: keyOf(table, row as never),
    row: sourceFields(table, row),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ row }) => row);
}

function sourceFields(table: SyncedTable, row: Record<string, unknown>): Record<string, unknown> {
  if (table !== 'people') return row;
  const source = { ...row };
  for (const field of DERIVED_PERSON_FIELDS) delete source[field];
  return source;
}
