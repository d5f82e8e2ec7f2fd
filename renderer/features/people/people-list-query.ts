// Which people the People screen lists, in which order, without loading 50,000 rows: the ordered
// primary keys come from a compound index on (deletedAt, sort key) — live people only, already
// sorted — and the screen then fetches just the visible rows. The keys are always read ascending
// and reversed in memory for "newest first": IndexedDB's getAllKeys only reads forwards, and a
// reverse cursor over 50,000 entries is several times slower.
//
// Filters produce id sets from their own indexes (topics, the met-at-event interactions, company,
// last contact); the sets are intersected and the ordered key list is filtered by the result, so a
// filtered list is sorted exactly like the unfiltered one and no row is loaded to sort it.
import Dexie from 'dexie';
import { subMonths } from 'date-fns';
import { LIVE } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';

export const PEOPLE_SORTS = ['name', 'last-contact', 'date-added'] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export const TOPIC_FIELDS = ['any', 'interests', 'offers', 'asks'] as const;
export type TopicField = (typeof TOPIC_FIELDS)[number];

export interface TopicFilter {
  key: string;
  field: TopicField;
}

export interface PeopleFilters {
  topic: TopicFilter | null;
  eventId: string | null;
  /** Company name prefix, case-insensitive; '' filters nothing. */
  company: string;
  /** People whose last contact is older than this many months, never contacted included. */
  notContactedMonths: number | null;
  /** People in at least one introduction the user made (status made or connected). */
  introducedByMe: boolean;
}

export const NO_FILTERS: PeopleFilters = {
  topic: null,
  eventId: null,
  company: '',
  notContactedMonths: null,
  introducedByMe: false,
};

const SORT_INDEX: Record<PeopleSort, { index: string; descending: boolean }> = {
  name: { index: '[deletedAt+sortName]', descending: false },
  'last-contact': { index: '[deletedAt+lastContactAt]', descending: true },
  'date-added': { index: '[deletedAt+createdAt]', descending: true },
};

/** Every live person's id, in the order of the chosen sort. */
export async function orderedLivePersonIds(
  db: HallwayDatabase,
  sort: PeopleSort,
): Promise<string[]> {
  const { index, descending } = SORT_INDEX[sort];
  const ids = await db.people
    .where(index)
    .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey])
    .primaryKeys();
  return descending ? ids.reverse() : ids;
}

/**
 * The first `limit` ids of the unfiltered list: what the screen shows while the whole key list
 * loads, so the first rows appear at once however many people there are.
 */
export async function firstLivePersonIds(
  db: HallwayDatabase,
  sort: PeopleSort,
  limit: number,
): Promise<string[]> {
  const { index, descending } = SORT_INDEX[sort];
  const range = db.people.where(index).between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey]);
  return (descending ? range.reverse() : range).limit(limit).primaryKeys();
}

export function hasFilters(filters: PeopleFilters): boolean {
  return (
    filters.topic !== null ||
    filters.eventId !== null ||
    filters.company.trim() !== '' ||
    filters.notContactedMonths !== null ||
    filters.introducedByMe
  );
}

async function idsWithTopic(db: HallwayDatabase, { key, field }: TopicFilter): Promise<string[]> {
  if (field !== 'any') return db.people.where(field).equals(key).primaryKeys();
  const groups = await Promise.all(
    (['interests', 'offers', 'asks'] as const).map((index) =>
      db.people.where(index).equals(key).primaryKeys(),
    ),
  );
  return groups.flat();
}

/** The people with a live "met" interaction at the event. */
async function idsMetAt(db: HallwayDatabase, eventId: string): Promise<string[]> {
  const interactions = await db.interactions.where('eventId').equals(eventId).toArray();
  return interactions
    .filter((interaction) => interaction.kind === 'met' && interaction.deletedAt === LIVE)
    .map((interaction) => interaction.personId);
}

function idsAtCompany(db: HallwayDatabase, prefix: string): Promise<string[]> {
  return db.people.where('company').startsWithIgnoreCase(prefix).primaryKeys();
}

function idsNotContactedSince(db: HallwayDatabase, cutoff: number): Promise<string[]> {
  return db.people
    .where('[deletedAt+lastContactAt]')
    .between([LIVE, Dexie.minKey], [LIVE, cutoff], true, false)
    .primaryKeys();
}

/** Both people of every live introduction that was made (status made or connected). */
async function idsIntroducedByMe(db: HallwayDatabase): Promise<string[]> {
  const introductions = await db.introductions.where('status').anyOf('made', 'connected').toArray();
  return introductions
    .filter((introduction) => introduction.deletedAt === LIVE)
    .flatMap(({ aId, bId }) => [aId, bId]);
}

function intersect(sets: readonly Set<string>[]): Set<string> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest].filter((id) => others.every((set) => set.has(id))));
}

/** The ids that pass every active filter (not yet restricted to live people); null: no filter. */
export async function idsPassingFilters(
  db: HallwayDatabase,
  filters: PeopleFilters,
  now: number,
): Promise<Set<string> | null> {
  const queries: Promise<string[]>[] = [];
  if (filters.topic) queries.push(idsWithTopic(db, filters.topic));
  if (filters.eventId !== null) queries.push(idsMetAt(db, filters.eventId));
  const company = filters.company.trim();
  if (company !== '') queries.push(idsAtCompany(db, company));
  if (filters.notContactedMonths !== null) {
    const cutoff = subMonths(now, filters.notContactedMonths).getTime();
    queries.push(idsNotContactedSince(db, cutoff));
  }
  if (filters.introducedByMe) queries.push(idsIntroducedByMe(db));
  if (queries.length === 0) return null;
  const sets = (await Promise.all(queries)).map((ids) => new Set(ids));
  return intersect(sets);
}

/** The live people the list shows, in order: the sorted ids, filtered when filters are set. */
export async function listPersonIds(
  db: HallwayDatabase,
  sort: PeopleSort,
  filters: PeopleFilters,
  now: number,
): Promise<string[]> {
  const [ordered, passing] = await Promise.all([
    orderedLivePersonIds(db, sort),
    idsPassingFilters(db, filters, now),
  ]);
  return passing === null ? ordered : ordered.filter((id) => passing.has(id));
}
