// What the search worker offers the page, shared by the worker (which implements it) and the
// client (which calls it through comlink).
import type { SearchHit } from '../../../shared/search/people-search-index';

export interface SearchResponse {
  /** False while the index is still being restored or built: `hits` may be incomplete. */
  ready: boolean;
  hits: SearchHit[];
}

export interface SearchWorkerApi {
  /** Opens the database and restores or builds the index; later calls return the same promise. */
  start(databaseName: string): Promise<void>;
  search(query: string, limit?: number): SearchResponse;
  /** Writes the index now instead of after the debounce (for tests and benchmarks). */
  flush(): Promise<void>;
}
