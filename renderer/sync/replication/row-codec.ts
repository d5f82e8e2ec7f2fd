// A row and its synced value (docs/sync.md, "Rows"): the value holds the row's source fields, never
// its derived ones, which each device computes for itself. Of the source tables only people have
// derived fields (DerivedPersonField, and lastContactAt, which the latest-interactions module keeps).
// Fields at their empty default are left out (see DEFAULTS).
// Back from a value: the fields a space carries are laid over the stored row, or over a new row's
// defaults when there is none (a volunteer arriving through a shared space gets empty notes and
// topics); a person's lastContactAt stays what this device derived.
import { emptyPersonFields } from '../../../shared/domain/empty-person-fields';
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

/**
 * Fields left out of a value while they hold their empty default, and filled in again on the way
 * back: most people have no notes, phones or offers, and every entry is held in memory by the
 * server and each device (docs/sync.md, "Measurements"). A field absent from a value is therefore
 * its default, on every device alike, so the merge still converges.
 */
const DEFAULTS: Partial<Record<SyncedTable, Record<string, unknown>>> = {
  people: emptyPersonFields(),
  interactions: { note: '' },
  events: { endsAt: null, location: '', url: '', myRole: '', notes: '' },
};

const isDefault = (table: SyncedTable, field: string, value: unknown) => {
  const defaults = DEFAULTS[table];
  return defaults !== undefined && field in defaults && sameValue(defaults[field], value);
};

/** `fields` with the defaults of the fields it leaves out (those on `allowed` only, when given). */
function withDefaults(
  table: SyncedTable,
  fields: Record<string, unknown>,
  allowed: ReadonlySet<string> | null,
): Record<string, unknown> {
  const full: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(DEFAULTS[table] ?? {})) {
    if (!allowed || allowed.has(field)) full[field] = structuredClone(value);
  }
  return Object.assign(full, fields);
}

/** The row's synced fields: its source fields (those on `allowed` only, when given). */
export function syncedFieldsOf<T extends SyncedTable>(
  table: T,
  row: SourceRows[T],
  allowed: ReadonlySet<string> | null,
): Record<string, unknown> {
  return encodeFields(table, row as unknown as Record<string, unknown>, allowed);
}

function encodeFields(
  table: SyncedTable,
  row: Record<string, unknown>,
  allowed: ReadonlySet<string> | null,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === undefined || isDerived(table, field) || isDefault(table, field, value)) continue;
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
  const full = withDefaults(table, taken, allowed);
  if (!stored) {
    const extra = table === 'people' ? { lastContactAt: 0 } : {};
    return { ...blank(), ...extra, ...full } as unknown as WritableRows[T];
  }
  const current = syncedFieldsOf(table, stored, allowed);
  if (sameValue(current, encodeFields(table, full, allowed))) return undefined;
  const next: Record<string, unknown> = { ...stored };
  for (const field of Object.keys(current)) if (!(field in full)) delete next[field];
  Object.assign(next, full);
  if (table === 'people') next.lastContactAt = (stored as Person).lastContactAt ?? 0;
  return next as unknown as WritableRows[T];
}

function pick(fields: Record<string, unknown>, allowed: ReadonlySet<string>) {
  const picked: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields))
    if (allowed.has(field)) picked[field] = value;
  return picked;
}
