// The tables that travel between devices, and into how many documents each is split. Only source
// tables: derived tables, the search and suggestion indexes, the change feed and localState are
// rebuilt by each device from the sources and never synced (docs/sync.md). Shard counts come from
// the measurements in docs/sync.md (e2e/perf/sync-documents.mjs): a shard holds about 1,000–2,000
// rows at the sizes the product is built for (50,000 people, 200,000 interactions).
export const SYNCED_TABLES = [
  'people',
  'events',
  'interactions',
  'introductions',
  'followUps',
  'volunteerShifts',
  'topics',
  'settings',
  'introductionDismissals',
  'duplicateDismissals',
  'relationships',
] as const;

export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** Never lowered once devices use it: a row's document is hash(key) % SHARD_COUNT[table]. */
export const SHARD_COUNT: Record<SyncedTable, number> = {
  people: 32,
  events: 4,
  interactions: 128,
  introductions: 8,
  followUps: 8,
  volunteerShifts: 8,
  topics: 1,
  settings: 1,
  introductionDismissals: 4,
  duplicateDismissals: 4,
  relationships: 16,
};
