// The rows the search worker persists (Dexie table `searchIndex`). The serialised index as JSON
// (about 60 MB at 50,000 people) is cut into parts of PART_CHARS characters, each its own row
// (`people#0`, `people#1`, …), under a head row that holds the format, the sequence number of the
// last change-feed entry the index took in (from which a start catches up) and how many parts
// follow.
// As one record it held the database for most of a second on every start and every save, and
// every other read in the app waited behind it; parts are read and written one request at a
// time, so other reads get their turn in between.

export const PEOPLE_SEARCH_INDEX_ID = 'people';

/** About 2 MB in memory: a few milliseconds of the database's time each. */
export const PART_CHARS = 1 << 20;

export interface PersistedSearchIndexHead {
  id: string;
  format: number;
  seq: number;
  parts: number;
}

export interface PersistedSearchIndexPart {
  id: string;
  text: string;
}

export type PersistedSearchIndexRow = PersistedSearchIndexHead | PersistedSearchIndexPart;

export const searchIndexPartId = (part: number): string => `${PEOPLE_SEARCH_INDEX_ID}#${part}`;

export function isSearchIndexHead(
  row: PersistedSearchIndexRow | undefined,
): row is PersistedSearchIndexHead {
  return row !== undefined && 'parts' in row && Number.isInteger(row.parts);
}

/** `text` in consecutive parts of at most `size` characters (none for an empty text). */
export function cutIntoParts(text: string, size: number = PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += size)
    parts.push(text.slice(start, start + size));
  return parts;
}
