// The merge of two entries of one row (docs/sync.md, "Rows"). An entry stands for every field of
// the row with a stamp each: `t[field]`, or `s` for a field without one (also a field the value
// does not hold: absent as of `s`). The merge takes, per field, the value of the higher stamp; a
// tombstone wins over any value, two tombstones keep the later one. Every field's stamp is at least
// its entry's `s`, so the merged `s` is the higher of the two and the fields stamped later keep a
// `t` stamp. A pointwise maximum: commutative, associative and idempotent, so devices converge
// whatever the order of arrival.
import type { SyncedEntry, SyncedValue } from '../../../shared/sync/synced-entry';
import { sameValue } from './same-value';
import { compareStamps, maxStamp } from './stamp';

export const isTombstone = (entry: SyncedEntry): entry is { purged: string } => 'purged' in entry;

export const fieldStamp = (entry: SyncedValue, field: string): string =>
  entry.t?.[field] ?? entry.s;

/** Equal stamps with different values (never made by two devices) break by the value, for order. */
function tieBreak(a: unknown, b: unknown): number {
  const x = JSON.stringify(a) ?? '';
  const y = JSON.stringify(b) ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function mergeValues(a: SyncedValue, b: SyncedValue): SyncedValue {
  const s = maxStamp(a.s, b.s);
  const v: Record<string, unknown> = {};
  const t: Record<string, string> = {};
  const fields = new Set([...Object.keys(a.v), ...Object.keys(b.v)]);
  for (const field of [...Object.keys(a.t ?? {}), ...Object.keys(b.t ?? {})]) fields.add(field);
  for (const field of fields) {
    const stampA = fieldStamp(a, field);
    const stampB = fieldStamp(b, field);
    const order = compareStamps(stampA, stampB) || tieBreak(a.v[field], b.v[field]);
    const [winner, stamp] = order >= 0 ? [a, stampA] : [b, stampB];
    if (winner.v[field] !== undefined) v[field] = winner.v[field];
    if (stamp !== s) t[field] = stamp;
  }
  return Object.keys(t).length > 0 ? { v, s, t } : { v, s };
}

export function mergeEntries(a: SyncedEntry, b: SyncedEntry): SyncedEntry {
  if (isTombstone(a) || isTombstone(b)) {
    if (!isTombstone(b)) return a;
    if (!isTombstone(a)) return b;
    return { purged: maxStamp(a.purged, b.purged) };
  }
  return mergeValues(a, b);
}

/** Whether two entries say the same (key order and an empty `t` aside). */
export function sameEntry(a: SyncedEntry, b: SyncedEntry): boolean {
  if (isTombstone(a) || isTombstone(b)) {
    return isTombstone(a) && isTombstone(b) && a.purged === b.purged;
  }
  return a.s === b.s && sameValue(a.t ?? {}, b.t ?? {}) && sameValue(a.v, b.v);
}

/** Every stamp an entry holds (for the clock to observe). */
export function stampsOf(entry: SyncedEntry): string[] {
  return isTombstone(entry) ? [entry.purged] : [entry.s, ...Object.values(entry.t ?? {})];
}

/** Whether an unknown value read from a document is an entry this code understands. */
export function isSyncedEntry(value: unknown): value is SyncedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (typeof entry.purged === 'string') return true;
  const { v, s, t } = entry;
  return (
    typeof s === 'string' &&
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    (t === undefined ||
      (typeof t === 'object' &&
        t !== null &&
        Object.values(t).every((stamp) => typeof stamp === 'string')))
  );
}
