// The out direction's step for one row (docs/sync.md, "The client's two directions"): the entry
// this device last knew for the row in a space (syncRows) and the row's synced fields as stored
// now give the entry to publish. A field that differs is stamped: with the stamp its value came
// with through another space (cross-space-stamps) when that one is newer, else with the step's new
// stamp (an edit made here). A new row is one write (`s`, and `t` for fields that came with newer
// stamps); a row gone from the table becomes a tombstone. Undefined when nothing changed.
import type { SyncedEntry } from '../../../shared/sync/synced-entry';
import { fieldStamp, isTombstone } from './merge-entries';
import { sameValue } from './same-value';
import { compareStamps } from './stamp';

/** The stamp a field's value already has (through another space), or null. */
export type KnownStamp = (field: string, value: unknown) => string | null;

export function stampLocalFields(
  known: SyncedEntry | undefined,
  fields: Record<string, unknown> | undefined,
  stamp: () => string,
  knownStamp: KnownStamp = () => null,
): SyncedEntry | undefined {
  if (!fields) {
    return known && !isTombstone(known) ? { purged: stamp() } : undefined;
  }
  // A key deleted for good stays deleted: a tombstone wins over any value (docs/sync.md).
  if (known && isTombstone(known)) return undefined;
  if (!known) return newEntry(fields, stamp, knownStamp);
  const changed = [...new Set([...Object.keys(known.v), ...Object.keys(fields)])].filter(
    (field) => !sameValue(known.v[field], fields[field]),
  );
  if (changed.length === 0) return undefined;
  const t = { ...known.t };
  for (const field of changed) {
    const carried = knownStamp(field, fields[field]);
    const newer = carried !== null && compareStamps(carried, fieldStamp(known, field)) > 0;
    t[field] = newer ? carried : stamp();
  }
  return { v: fields, s: known.s, t };
}

function newEntry(
  fields: Record<string, unknown>,
  stamp: () => string,
  knownStamp: KnownStamp,
): SyncedEntry {
  const stamps = Object.entries(fields).map(
    ([field, value]) => [field, knownStamp(field, value) ?? stamp()] as const,
  );
  const s = stamps.reduce(
    (lowest, [, candidate]) => (compareStamps(candidate, lowest) < 0 ? candidate : lowest),
    stamps[0]?.[1] ?? stamp(),
  );
  const later = stamps.filter(([, candidate]) => candidate !== s);
  return later.length > 0 ? { v: fields, s, t: Object.fromEntries(later) } : { v: fields, s };
}
