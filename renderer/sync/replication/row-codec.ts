// A row and its synced value (docs/sync.md, "Rows"): the value holds the row's source fields, never
// its derived ones, which each device computes for itself. Of the source tables only people have
// derived fields (DerivedPersonField, and lastContactAt, which the latest-interactions module keeps).
// Back from a value: the fields a space carries are laid over the stored row, or over a new row's
// defaults when there is none (a volunteer arriving through a shared space gets empty notes and
// topics); a person's lastContactAt stays what this device derived.
import type { DerivedPersonField, Person } from '../../../shared/domain/entities';
import type { SyncedTable } from '../../../shared/sync/synced-tables';
import type { SourceRows, WritableRows } from '../../data/source-tables';
import { sameValue } from './same-value';

const DERIVED_PERSON_FIELDS: Record<DerivedPersonField | 'lastContactAt', true> = {
  emailKeys: true,
  linkKeys: true,
  nameKeys: true,
  sortName: true,
  nextContactDueAt: true,
  lastContactAt: true,
};

const isDerived = (table: SyncedTable, field: string) =>
  table === 'people' && field in DERIVED_PERSON_FIELDS;

/** The row's synced fields: its source fields (those on `allowed` only, when given). */
export function syncedFieldsOf<T extends SyncedTable>(
  table: T,
  row: SourceRows[T],
  allowed: ReadonlySet<string> | null,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === undefined || isDerived(table, field)) continue;
    if (allowed && !allowed.has(field)) continue;
    fields[field] = value;
  }
  return fields;
}

/**
 * The row to store for `fields` (a merged value): over the stored row when there is one, else over
 * `blank`; undefined when the stored row already holds every one of them. Without `allowed`, the
 * value is the whole row: a stored field it lacks is removed.
 */
export function rowFromSynced<T extends SyncedTable>(
  table: T,
  stored: SourceRows[T] | undefined,
  fields: Record<string, unknown>,
  allowed: ReadonlySet<string> | null,
  blank: () => Record<string, unknown>,
): WritableRows[T] | undefined {
  const taken = allowed ? pick(fields, allowed) : fields;
  if (!stored) {
    const extra = table === 'people' ? { lastContactAt: 0 } : {};
    return { ...blank(), ...extra, ...taken } as unknown as WritableRows[T];
  }
  const current = syncedFieldsOf(table, stored, allowed);
  if (sameValue(current, taken)) return undefined;
  const next: Record<string, unknown> = { ...stored };
  for (const field of Object.keys(current)) if (!(field in taken)) delete next[field];
  Object.assign(next, taken);
  if (table === 'people') next.lastContactAt = (stored as Person).lastContactAt ?? 0;
  return next as unknown as WritableRows[T];
}

function pick(fields: Record<string, unknown>, allowed: ReadonlySet<string>) {
  const picked: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields))
    if (allowed.has(field)) picked[field] = value;
  return picked;
}
