// Sync's record of each row's entry per space (the syncRows table, docs/sync.md): what a remote
// entry is merged with and what the out direction compares a stored row to. The out direction
// writes records here once it has set the entries into their documents; the in direction writes
// them with the rows themselves, in the same write (renderer/data/writes/sync-writes).
import type { SyncedTable } from '../../shared/sync/synced-tables';
import type { SyncedEntry, SyncRowRecord } from '../../shared/sync/synced-entry';
import type { HallwayDatabase } from '../db/database';

export const syncRowKey = (spaceId: string, table: SyncedTable, rowKey: string): string =>
  `${spaceId}|${table}|${rowKey}`;

/** The records of `rowKeys` of one space's table, in that order (undefined where none). */
export async function readSyncEntries(
  db: HallwayDatabase,
  spaceId: string,
  table: SyncedTable,
  rowKeys: readonly string[],
): Promise<(SyncedEntry | undefined)[]> {
  const records = await db.syncRows.bulkGet(rowKeys.map((key) => syncRowKey(spaceId, table, key)));
  return records.map((record) => record?.entry);
}

/** The row keys of every record of one space's table. */
export async function readSyncedRowKeys(
  db: HallwayDatabase,
  spaceId: string,
  table: SyncedTable,
): Promise<string[]> {
  const prefix = syncRowKey(spaceId, table, '');
  const keys = (await db.syncRows.where(':id').startsWith(prefix).primaryKeys()) as string[];
  return keys.map((key) => key.slice(prefix.length));
}

export async function writeSyncRows(
  db: HallwayDatabase,
  records: readonly SyncRowRecord[],
): Promise<void> {
  if (records.length > 0) await db.syncRows.bulkPut([...records]);
}
