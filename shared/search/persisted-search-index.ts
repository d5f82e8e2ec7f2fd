// The row the search worker persists (Dexie table `searchIndex`): the serialised index plus the
// watermark, the highest `updatedAt` of the people it has seen, from which it catches up.
import type { SerialisedSearchIndex } from './people-search-index';

export const PEOPLE_SEARCH_INDEX_ID = 'people';

export interface PersistedSearchIndex extends SerialisedSearchIndex {
  id: string;
  watermark: number;
}
