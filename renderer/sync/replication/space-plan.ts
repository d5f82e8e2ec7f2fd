// What one space carries (docs/sync.md, "Shared spaces"). The personal space: every synced table,
// every row, every field. A shared space (one event series): the series' events, their volunteer
// shifts and the people on those shifts, and of events and people only the fields a roster needs.
// Private fields (a person's notes, topics, company…, an event's notes and the user's own role in
// it) never leave the device through a shared space, and a co-organizer's entry can only change
// the allowed fields here: a person new to this device gets empty defaults for the rest.
import { emptyPersonFields } from '../../../shared/domain/empty-person-fields';
import { documentName } from '../../../shared/sync/document-name';
import { SHARD_COUNT, SYNCED_TABLES, type SyncedTable } from '../../../shared/sync/synced-tables';
import type { SyncSpace } from '../sync-config';

const ROW_FIELDS = ['id', 'createdAt', 'updatedAt', 'deletedAt'];

const SHARED_FIELDS: Partial<Record<SyncedTable, readonly string[]>> = {
  people: [
    ...ROW_FIELDS,
    'displayName',
    'givenName',
    'familyName',
    'nameReading',
    'nameOrder',
    'emails',
    'phones',
  ],
  events: [
    ...ROW_FIELDS,
    'name',
    'series',
    'kind',
    'startsAt',
    'endsAt',
    'location',
    'url',
    'volunteerRoles',
  ],
};

/** The tables of a shared space; volunteer shifts travel whole. */
const SHARED_TABLES: readonly SyncedTable[] = ['people', 'events', 'volunteerShifts'];

/** Defaults of the fields a shared space leaves out, for a row new to this device. */
const SHARED_BLANKS: Partial<Record<SyncedTable, () => Record<string, unknown>>> = {
  people: () => ({ ...emptyPersonFields(), source: 'shared' }),
  events: () => ({ notes: '', myRole: '' }),
};

export interface SpacePlan {
  space: SyncSpace;
  tables: readonly SyncedTable[];
  /** False for a viewer: the server refuses its updates, so it publishes nothing to the space. */
  publishes: boolean;
  /** The fields of `table` the space carries; null for every field. */
  allowedFields(table: SyncedTable): ReadonlySet<string> | null;
  /** The fields a new row gets that the space does not carry. */
  blankRow(table: SyncedTable): Record<string, unknown>;
  documentNames(): string[];
}

export function planOf(space: SyncSpace): SpacePlan {
  const shared = space.kind === 'shared';
  const tables = shared ? SHARED_TABLES : SYNCED_TABLES;
  const allowed = new Map(
    Object.entries(SHARED_FIELDS).map(([table, fields]) => [table, new Set(fields)]),
  );
  return {
    space,
    tables,
    publishes: space.role !== 'viewer',
    allowedFields: (table) => (shared ? (allowed.get(table) ?? null) : null),
    blankRow: (table) => (shared ? (SHARED_BLANKS[table]?.() ?? {}) : {}),
    documentNames: () =>
      tables.flatMap((table) =>
        Array.from({ length: SHARD_COUNT[table] }, (_, shard) =>
          documentName({ spaceId: space.spaceId, table, shard }),
        ),
      ),
  };
}
