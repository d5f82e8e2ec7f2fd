// The in direction (docs/sync.md): entries other devices set into the documents are merged with
// this device's record of each row (per field, the higher stamp wins; a tombstone wins) and the
// merged rows applied through the sync write service, a batch per table at a time, so derived data,
// search and Today follow. Where the merge differs from what the document holds (this device had
// a newer stamp for some field), the merged entry is set back: it is causally after both, so every
// device ends with it, and it stops after one round since stamps only grow. A shared space takes
// in only the fields it carries, so a co-organizer's entry cannot touch private fields, and its
// tombstone of a person only forgets the entry: the person is this device's own contact too. A
// viewer sets nothing back (the server would refuse it).
import { parseDocumentName } from '../../../shared/sync/document-name';
import type { SyncedEntry, SyncedValue } from '../../../shared/sync/synced-entry';
import type { SyncedTable } from '../../../shared/sync/synced-tables';
import type { SourceRows } from '../../data/source-tables';
import { readSyncEntries } from '../../data/sync-rows-store';
import { applyRemoteRows, type RemoteRow } from '../../data/writes/sync-writes';
import { readSpaceRecords, stampOfValue, type SpaceRecord } from './cross-space-stamps';
import { rowsOf, setEntries, type KeyedEntry } from './document-entries';
import {
  fieldStamp,
  isSyncedEntry,
  isTombstone,
  mergeEntries,
  sameEntry,
  stampsOf,
} from './merge-entries';
import type { ReplicationContext } from './replication-context';
import { rowFromSynced, syncedFieldsOf } from './row-codec';
import { sameValue } from './same-value';
import { compareStamps } from './stamp';
import type { SpacePlan } from './space-plan';

export const APPLY_BATCH = 5_000;

/** Keys that changed, per document name; null for every key the document holds. */
export type PendingKeys = Map<string, Set<string> | null>;

interface Arrival {
  key: string;
  /** The entry as the space carries it (fields it does not carry left out). */
  entry: SyncedEntry;
  /** The entry as the document holds it. */
  held: unknown;
}

interface Group {
  plan: SpacePlan;
  table: SyncedTable;
  arrivals: Arrival[];
}

function carried(entry: SyncedEntry, allowed: ReadonlySet<string> | null): SyncedEntry {
  if (!allowed || isTombstone(entry)) return entry;
  const v = Object.fromEntries(Object.entries(entry.v).filter(([field]) => allowed.has(field)));
  const t = Object.entries(entry.t ?? {}).filter(([field]) => allowed.has(field));
  return t.length > 0 ? { v, s: entry.s, t: Object.fromEntries(t) } : { v, s: entry.s };
}

/**
 * The merged value with the stored row's fields kept where they are newer: a field whose stored
 * value no space's record holds was edited here after the last publish (later than anything this
 * device has seen); one that came through another space with a higher stamp stays too. The next
 * publish sends either with its stamp. Read inside the write, so no local edit slips in between.
 */
function keepingNewerLocal(
  table: SyncedTable,
  stored: SourceRows[SyncedTable] | undefined,
  merged: SyncedValue,
  records: readonly SpaceRecord[],
  allowed: ReadonlySet<string> | null,
): Record<string, unknown> {
  if (!stored) return merged.v;
  const local = syncedFieldsOf(table, stored, allowed);
  const kept = { ...merged.v };
  for (const field of new Set([...Object.keys(local), ...Object.keys(merged.v)])) {
    if (sameValue(local[field], merged.v[field])) continue;
    const localStamp = stampOfValue(field, local[field], records);
    if (localStamp !== null && compareStamps(fieldStamp(merged, field), localStamp) > 0) continue;
    if (local[field] === undefined) delete kept[field];
    else kept[field] = local[field];
  }
  return kept;
}

function collect(context: ReplicationContext, pending: PendingKeys): Group[] {
  const groups = new Map<string, Group>();
  for (const [name, keys] of pending) {
    const address = parseDocumentName(name);
    const plan = context.plans.find((candidate) => candidate.space.spaceId === address?.spaceId);
    if (!address || !plan || !plan.tables.includes(address.table)) continue;
    const groupKey = `${address.spaceId}|${address.table}`;
    let group = groups.get(groupKey);
    if (!group) groups.set(groupKey, (group = { plan, table: address.table, arrivals: [] }));
    const rows = rowsOf(context.documentFor(name));
    const allowed = plan.allowedFields(address.table);
    for (const key of keys ?? rows.keys()) {
      const held = rows.get(key);
      if (!isSyncedEntry(held)) continue;
      for (const stamp of stampsOf(held)) context.clock.observe(stamp);
      group.arrivals.push({ key, entry: carried(held, allowed), held });
    }
  }
  return [...groups.values()];
}

async function ingestBatch(context: ReplicationContext, group: Group, arrivals: Arrival[]) {
  const { plan, table } = group;
  const { spaceId } = plan.space;
  const known = await readSyncEntries(
    context.db,
    spaceId,
    table,
    arrivals.map(({ key }) => key),
  );
  const applied: RemoteRow[] = [];
  const setBack: KeyedEntry[] = [];
  const keepsPeople = plan.space.kind === 'shared' && table === 'people';
  arrivals.forEach(({ key, entry, held }, index) => {
    const record = known[index];
    const merged = record ? mergeEntries(record, entry) : entry;
    if (!record || !sameEntry(merged, record)) {
      if (!isTombstone(merged)) applied.push({ key, fields: merged.v, entry: merged });
      else applied.push({ key, fields: keepsPeople ? undefined : null, entry: merged });
    }
    if (!isSyncedEntry(held) || !sameEntry(merged, held)) setBack.push({ key, entry: merged });
  });
  const allowed = plan.allowedFields(table);
  const keys = arrivals.map(({ key }) => key);
  const spaceRecords = await readSpaceRecords(context, plan, table, keys, known);
  const recordsOf = new Map(keys.map((key, index) => [key, spaceRecords[index]]));
  const mergedOf = new Map(applied.map(({ key, entry }) => [key, entry]));
  await applyRemoteRows(context.db, spaceId, table, applied, (stored, _fields, key) => {
    const merged = mergedOf.get(key) as SyncedValue;
    const fields = keepingNewerLocal(table, stored, merged, recordsOf.get(key) ?? [], allowed);
    return rowFromSynced(table, stored, fields, allowed, () => plan.blankRow(table));
  });
  if (plan.publishes) setEntries(context, spaceId, table, setBack);
}

/** Takes in the pending keys of each document; returns how many rows were checked. */
export async function ingestEntries(
  context: ReplicationContext,
  pending: PendingKeys,
): Promise<number> {
  let checked = 0;
  for (const group of collect(context, pending)) {
    for (let start = 0; start < group.arrivals.length; start += APPLY_BATCH) {
      const batch = group.arrivals.slice(start, start + APPLY_BATCH);
      await ingestBatch(context, group, batch);
      checked += batch.length;
    }
  }
  return checked;
}
