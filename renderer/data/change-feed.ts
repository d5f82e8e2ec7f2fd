// The local change feed: every write appends, in its own transaction, what it changed in the
// source tables, in order (a sequence number per entry). Readers — the search index, the
// suggestion index, later sync — remember the last sequence number they handled and read on from
// there instead of scanning tables for updatedAt. An entry lists the keys one write changed in one
// table, up to ENTRY_KEYS of them (a bulk write of 50,000 people appends 100 entries, not 50,000:
// one small record per row cost seconds). A table cleared by a restore appears as a 'reset' entry:
// its readers start over from the table itself. Derived-field refreshes (a person's last contact)
// are not source changes and are not listed. The feed is compacted up to the slowest persistent
// reader; an in-memory reader that finds it compacted past its position reads everything again.
import type { HallwayDatabase } from '../db/database';
import type { ChangeSet } from './change-set';
import type { SourceTable } from './source-tables';

export const ENTRY_KEYS = 500;
/** How many of the newest entries compaction always keeps. */
export const KEPT_ENTRIES = 1_000;

export type ChangeKind = 'put' | 'delete' | 'reset';

export interface ChangeEntry {
  /** Assigned by the database on append: increasing, never reused. */
  seq?: number;
  table: SourceTable;
  kind: ChangeKind;
  keys: string[];
}

export type StoredChangeEntry = ChangeEntry & { seq: number };

const COMPACTED_KEY = 'feed.compactedThrough';
const readerKey = (reader: string) => `feed.reader.${reader}`;

/** The entries that list what `changes` holds, cleared tables first. */
export function entriesOf(changes: ChangeSet): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const table of changes.tables()) {
    if (changes.cleared(table)) entries.push({ table, kind: 'reset', keys: [] });
    const byKind: Record<'put' | 'delete', string[]> = { put: [], delete: [] };
    for (const { key, after } of changes.of(table)) byKind[after ? 'put' : 'delete'].push(key);
    for (const kind of ['put', 'delete'] as const) {
      const keys = byKind[kind];
      for (let start = 0; start < keys.length; start += ENTRY_KEYS) {
        entries.push({ table, kind, keys: keys.slice(start, start + ENTRY_KEYS) });
      }
    }
  }
  return entries;
}

/** Appends the entries inside the write's transaction. */
export async function appendChanges(
  db: HallwayDatabase,
  entries: readonly ChangeEntry[],
): Promise<void> {
  if (entries.length > 0) await db.changes.bulkAdd([...entries]);
}

const compactedThrough = async (db: HallwayDatabase): Promise<number> =>
  ((await db.localState.get(COMPACTED_KEY))?.value as number | undefined) ?? 0;

/**
 * The newest sequence number, 0 when nothing was ever appended. Compaction may have deleted every
 * entry: the position it compacted through is then the newest (a reader starting there is current).
 */
export async function latestChangeSeq(db: HallwayDatabase): Promise<number> {
  return db.transaction('r', [db.changes, db.localState], async () => {
    const last = ((await db.changes.toCollection().lastKey()) as number | undefined) ?? 0;
    return Math.max(last, await compactedThrough(db));
  });
}

export interface ChangesSince {
  entries: StoredChangeEntry[];
  /** False when entries after `seq` were compacted away: the reader must read everything again. */
  complete: boolean;
}

export async function readChangesSince(db: HallwayDatabase, seq: number): Promise<ChangesSince> {
  return db.transaction('r', [db.changes, db.localState], async () => {
    const compacted = await compactedThrough(db);
    const entries = (await db.changes.where(':id').above(seq).toArray()) as StoredChangeEntry[];
    return { entries, complete: seq >= compacted };
  });
}

/** Records how far a persistent reader has read; compaction keeps everything after it. */
export async function setReaderPosition(
  db: HallwayDatabase,
  reader: string,
  seq: number,
): Promise<void> {
  await db.localState.put({ key: readerKey(reader), value: seq });
}

/** Where a persistent reader last set its position; undefined when it never did. */
export async function readReaderPosition(
  db: HallwayDatabase,
  reader: string,
): Promise<number | undefined> {
  return (await db.localState.get(readerKey(reader)))?.value as number | undefined;
}

/** Forgets a persistent reader (sync turned off for good): compaction no longer waits for it. */
export async function removeReaderPosition(db: HallwayDatabase, reader: string): Promise<void> {
  await db.localState.delete(readerKey(reader));
}

/** Deletes the entries every persistent reader has read but the newest `keep`; returns how many went. */
export async function compactChanges(
  db: HallwayDatabase,
  keep: number = KEPT_ENTRIES,
): Promise<number> {
  return db.transaction('rw', [db.changes, db.localState], async () => {
    const readers = await db.localState.where(':id').startsWith(readerKey('')).toArray();
    if (readers.length === 0) return 0;
    // The newest entries stay whatever the readers did: an in-memory reader (the suggestion
    // index) that is a few writes behind then catches up instead of reading everything again.
    const keepFrom = (await latestChangeSeq(db)) - keep;
    const through = Math.min(keepFrom, ...readers.map((row) => row.value as number));
    if (through <= 0) return 0;
    const removed = await db.changes.where(':id').belowOrEqual(through).delete();
    const compacted = await compactedThrough(db);
    if (through > compacted) await db.localState.put({ key: COMPACTED_KEY, value: through });
    return removed;
  });
}
