// Rows that arrive from other devices (docs/sync.md, "The client's two directions"): applied like
// any local write, on runWrite, so derived data, the search index and Today follow remote edits
// like local ones. Rows keep the updatedAt and createdAt they arrive with (never restamped); rows
// deleted for good elsewhere are removed; sync's records of the entries (syncRows) are written in
// the same transaction, so the out direction finds each applied row equal to its record and has
// nothing to send back. The replicator decides what a row becomes (rowOf: the merged fields onto
// the stored row, or a new row from defaults); rowOf returns undefined when the stored row holds
// those fields already, and that row is not written at all.
import type { SyncedEntry } from '../../../shared/sync/synced-entry';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { SourceRows, SourceTable, WritableRows } from '../source-tables';
import { syncRowKey } from '../sync-rows-store';

export interface RemoteRow {
  key: string;
  /**
   * The row's merged synced fields; null when it was deleted for good (the row is removed);
   * undefined to record the entry and leave the row as it is.
   */
  fields: Record<string, unknown> | null | undefined;
  /** The merged entry, recorded as this device's knowledge of the row in `spaceId`. */
  entry: SyncedEntry;
}

/** The row to store for merged `fields`, given the stored one; undefined: nothing to write. */
export type RowOfRemote<T extends SourceTable> = (
  stored: SourceRows[T] | undefined,
  fields: Record<string, unknown>,
  key: string,
) => WritableRows[T] | undefined;

export async function applyRemoteRows<T extends SourceTable>(
  db: HallwayDatabase,
  spaceId: string,
  table: T,
  rows: readonly RemoteRow[],
  rowOf: RowOfRemote<T>,
): Promise<void> {
  if (rows.length === 0) return;
  await runWrite(db, async (write) => {
    const stored = await write.table(table).bulkGet(rows.map(({ key }) => key));
    const purged: string[] = [];
    const inserts: WritableRows[T][] = [];
    const puts: WritableRows[T][] = [];
    rows.forEach(({ key, fields }, index) => {
      if (fields === undefined) return;
      if (fields === null) {
        if (stored[index]) purged.push(key);
        return;
      }
      const next = rowOf(stored[index], fields, key);
      if (next) (stored[index] ? puts : inserts).push(next);
    });
    await write.remove(table, purged);
    await write.insert(table, inserts);
    await write.put(table, puts);
    await write.db.syncRows.bulkPut(
      rows.map(({ key, entry }) => ({ key: syncRowKey(spaceId, table, key), entry })),
    );
  });
}
