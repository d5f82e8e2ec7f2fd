// One row can be in several spaces on this device (a volunteer: in the personal space and in a
// series' shared space), each with its own entry and stamps. A field's value then keeps the stamp
// it came with, whichever space it travels through: publishing a value that arrived through one
// space to another carries its stamp there instead of a new one, and a value arriving through one
// space replaces the stored one only if its stamp is higher than the stored value's. Otherwise two
// spaces could each pick a different winner for the same field, and the device would copy each
// winner into the other space with a fresh stamp, for ever.
import type { SyncedEntry } from '../../../shared/sync/synced-entry';
import type { SyncedTable } from '../../../shared/sync/synced-tables';
import { readSyncEntries } from '../../data/sync-rows-store';
import { fieldStamp, isTombstone } from './merge-entries';
import type { ReplicationContext } from './replication-context';
import { sameValue } from './same-value';
import type { SpacePlan } from './space-plan';
import { compareStamps } from './stamp';

/** A space's record of a row, with the fields that space carries (null: every field). */
export interface SpaceRecord {
  entry: SyncedEntry | undefined;
  allowed: ReadonlySet<string> | null;
}

/**
 * For each of `keys`, the records every space carrying `table` holds of it; `own` are the records
 * of `plan` (read already). With one space only, those are all there is: nothing more is read.
 */
export async function readSpaceRecords(
  context: ReplicationContext,
  plan: SpacePlan,
  table: SyncedTable,
  keys: readonly string[],
  own: readonly (SyncedEntry | undefined)[],
): Promise<SpaceRecord[][]> {
  const ownAllowed = plan.allowedFields(table);
  const perKey: SpaceRecord[][] = own.map((entry) => [{ entry, allowed: ownAllowed }]);
  for (const other of context.plans) {
    if (other === plan || !other.tables.includes(table)) continue;
    const allowed = other.allowedFields(table);
    const entries = await readSyncEntries(context.db, other.space.spaceId, table, keys);
    entries.forEach((entry, index) => perKey[index].push({ entry, allowed }));
  }
  return perKey;
}

/**
 * The stamp of `value` in `field` as the spaces' records know it: the highest among records that
 * hold that value; null when none does (an edit made here and not yet published).
 */
export function stampOfValue(
  field: string,
  value: unknown,
  records: readonly SpaceRecord[],
): string | null {
  let highest: string | null = null;
  for (const { entry, allowed } of records) {
    if (!entry || isTombstone(entry) || (allowed && !allowed.has(field))) continue;
    if (!sameValue(entry.v[field], value)) continue;
    const stamp = fieldStamp(entry, field);
    if (highest === null || compareStamps(stamp, highest) > 0) highest = stamp;
  }
  return highest;
}
