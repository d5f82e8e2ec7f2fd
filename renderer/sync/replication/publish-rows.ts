// The out direction for a set of rows of one table in one space (docs/sync.md): each row's synced
// fields are compared with this device's record of its entry, the fields that differ get the
// step's stamp (or the one their value came with through another space: cross-space-stamps), a row no longer stored becomes a tombstone, and the new entries are set into their
// documents, then recorded (syncRows). Rows are read and written in batches, so a first publish
// of 50,000 people is a few hundred bulk calls, not 50,000 writes.
import type { SyncedTable } from '../../../shared/sync/synced-tables';
import { keyOf, type SourceRows } from '../../data/source-tables';
import {
  readSyncEntries,
  readSyncedRowKeys,
  syncRowKey,
  writeSyncRows,
} from '../../data/sync-rows-store';
import { readSpaceRecords, stampOfValue } from './cross-space-stamps';
import { setEntries, type KeyedEntry } from './document-entries';
import type { ReplicationContext } from './replication-context';
import { syncedFieldsOf } from './row-codec';
import type { SpacePlan } from './space-plan';
import { stampLocalFields } from './stamp-local-fields';

export const PUBLISH_BATCH = 5_000;

export interface PublishStep {
  context: ReplicationContext;
  /** The stamp of this step's changes (made once, when the first change needs it). */
  stamp: () => string;
  /** Called with the number of rows each batch has checked. */
  onChecked?: (count: number) => void;
}

/** Publishes rows already read (`rows[i]` the row of `keys[i]`, undefined when not stored). */
export async function publishLoaded<T extends SyncedTable>(
  step: PublishStep,
  plan: SpacePlan,
  table: T,
  keys: readonly string[],
  rows: readonly (SourceRows[T] | undefined)[],
  belongs?: (key: string) => boolean,
): Promise<number> {
  const { db } = step.context;
  const { spaceId } = plan.space;
  const allowed = plan.allowedFields(table);
  const known = await readSyncEntries(db, spaceId, table, keys);
  const records = await readSpaceRecords(step.context, plan, table, keys, known);
  const entries: KeyedEntry[] = [];
  keys.forEach((key, index) => {
    const row = rows[index];
    if (row && belongs && !belongs(key)) return;
    const fields = row ? syncedFieldsOf(table, row, allowed) : undefined;
    const entry = stampLocalFields(known[index], fields, step.stamp, (field, value) =>
      stampOfValue(field, value, records[index]),
    );
    if (entry) entries.push({ key, entry });
  });
  setEntries(step.context, spaceId, table, entries);
  await writeSyncRows(
    db,
    entries.map(({ key, entry }) => ({ key: syncRowKey(spaceId, table, key), entry })),
  );
  step.onChecked?.(keys.length);
  return entries.length;
}

/** Publishes the rows of `keys` (read here, in batches). */
export async function publishKeys(
  step: PublishStep,
  plan: SpacePlan,
  table: SyncedTable,
  keys: readonly string[],
  belongs?: (key: string) => boolean,
): Promise<void> {
  for (let start = 0; start < keys.length; start += PUBLISH_BATCH) {
    const batch = keys.slice(start, start + PUBLISH_BATCH);
    const rows = await step.context.db.table(table).bulkGet(batch);
    await publishLoaded(step, plan, table, batch, rows, belongs);
  }
}

/** Publishes every stored row of a table, read in primary-key order, a batch at a time. */
export async function publishTable(
  step: PublishStep,
  plan: SpacePlan,
  table: SyncedTable,
  belongs?: (key: string) => boolean,
): Promise<void> {
  const source = step.context.db.table<SourceRows[typeof table], string>(table);
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? source.toCollection() : source.where(':id').above(after);
    const batch = await range.limit(PUBLISH_BATCH).toArray();
    if (batch.length === 0) return;
    const keys = batch.map((row) => keyOf(table, row));
    await publishLoaded(step, plan, table, keys, batch, belongs);
    after = keys[keys.length - 1];
  }
}

/** Tombstones for the rows this space has records of that are no longer stored (after a restore). */
export async function publishMissing(
  step: PublishStep,
  plan: SpacePlan,
  table: SyncedTable,
): Promise<void> {
  const { db } = step.context;
  const synced = await readSyncedRowKeys(db, plan.space.spaceId, table);
  for (let start = 0; start < synced.length; start += PUBLISH_BATCH) {
    const batch = synced.slice(start, start + PUBLISH_BATCH);
    const stored = await db.table(table).bulkGet(batch);
    const missing = batch.filter((_, index) => stored[index] === undefined);
    await publishLoaded(step, plan, table, missing, new Array(missing.length).fill(undefined));
  }
}
