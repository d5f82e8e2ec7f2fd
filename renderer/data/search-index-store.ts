// The persisted people search index (table `searchIndex`, see shared/search/persisted-search-index)
// and the search reader's place in the change feed. The head row records the sequence number the
// index was caught up to; once the index is written, the reader's position moves there and the
// feed is compacted up to the slowest persistent reader. Written in that order, a stop in between
// only keeps entries longer than needed. When only other tables changed, only the head moves. The
// parts are read and written one request at a time, so the app's other reads get their turn.
import { SEARCH_INDEX_FORMAT } from '../../shared/search/people-search-index';
import {
  cutIntoParts,
  isSearchIndexHead,
  PART_CHARS,
  PEOPLE_SEARCH_INDEX_ID,
  searchIndexPartId,
} from '../../shared/search/persisted-search-index';
import type { HallwayDatabase } from '../db/database';
import { compactChanges, setReaderPosition } from './change-feed';

export const SEARCH_READER = 'search';

export interface StoredSearchIndex {
  /** The last change-feed entry the index has taken in. */
  seq: number;
  /** The serialised index (PeopleSearchIndex.serialise) as JSON. */
  text: string;
}

/** The stored index, or undefined when none is stored in this format or a part is missing. */
export async function readSearchIndex(db: HallwayDatabase): Promise<StoredSearchIndex | undefined> {
  const { searchIndex } = db;
  return db.transaction('r', searchIndex, async () => {
    const head = await searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
    if (!isSearchIndexHead(head) || head.format !== SEARCH_INDEX_FORMAT) return undefined;
    const parts: string[] = [];
    for (let part = 0; part < head.parts; part += 1) {
      const row = await searchIndex.get(searchIndexPartId(part));
      if (!row || !('text' in row)) return undefined;
      parts.push(row.text);
    }
    return { seq: head.seq, text: parts.join('') };
  });
}

/** Replaces the stored index (parts, then the head), then records the reader's position. */
export async function writeSearchIndex(
  db: HallwayDatabase,
  { seq, text }: StoredSearchIndex,
  partChars: number = PART_CHARS,
): Promise<void> {
  const parts = cutIntoParts(text, partChars);
  const { searchIndex } = db;
  await db.transaction('rw', searchIndex, async () => {
    const previous = await searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
    for (const [part, partText] of parts.entries()) {
      await searchIndex.put({ id: searchIndexPartId(part), text: partText });
    }
    const previousParts = isSearchIndexHead(previous) ? previous.parts : 0;
    for (let part = parts.length; part < previousParts; part += 1) {
      await searchIndex.delete(searchIndexPartId(part));
    }
    await searchIndex.put({
      id: PEOPLE_SEARCH_INDEX_ID,
      format: SEARCH_INDEX_FORMAT,
      seq,
      parts: parts.length,
    });
  });
  await recordPosition(db, seq);
}

/**
 * Moves the stored index to `seq` when it is stored and nothing it holds changed since: only the
 * head is written. False when no index of this format is stored (then write it whole).
 */
export async function moveSearchIndexTo(db: HallwayDatabase, seq: number): Promise<boolean> {
  const { searchIndex } = db;
  const moved = await db.transaction('rw', searchIndex, async () => {
    const head = await searchIndex.get(PEOPLE_SEARCH_INDEX_ID);
    if (!isSearchIndexHead(head) || head.format !== SEARCH_INDEX_FORMAT) return false;
    if (head.seq !== seq) await searchIndex.put({ ...head, seq });
    return true;
  });
  if (moved) await recordPosition(db, seq);
  return moved;
}

async function recordPosition(db: HallwayDatabase, seq: number): Promise<void> {
  await setReaderPosition(db, SEARCH_READER, seq);
  await compactChanges(db);
}
