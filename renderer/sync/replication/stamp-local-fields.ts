// The out direction's step for one row (docs/sync.md, "The client's two directions"): the entry
// this device last knew for the row (syncRows) and the row's synced fields as stored now give the
// entry to publish. Fields that differ get the new stamp; a new row is one full write (`s` only);
// a row gone from the table becomes a tombstone. Undefined when nothing changed.
import type { SyncedEntry } from '../../../shared/sync/synced-entry';
import { isTombstone } from './merge-entries';
import { sameValue } from './same-value';

export function stampLocalFields(
  known: SyncedEntry | undefined,
  fields: Record<string, unknown> | undefined,
  stamp: () => string,
): SyncedEntry | undefined {
  if (!fields) {
    return known && !isTombstone(known) ? { purged: stamp() } : undefined;
  }
  // A key deleted for good stays deleted: a tombstone wins over any value (docs/sync.md).
  if (known && isTombstone(known)) return undefined;
  if (!known) return { v: fields, s: stamp() };
  const changed = [...new Set([...Object.keys(known.v), ...Object.keys(fields)])].filter(
    (field) => !sameValue(known.v[field], fields[field]),
  );
  if (changed.length === 0) return undefined;
  const now = stamp();
  const t = { ...known.t };
  for (const field of changed) t[field] = now;
  return { v: fields, s: known.s, t };
}
