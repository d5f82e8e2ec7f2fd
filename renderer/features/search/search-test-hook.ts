// For end-to-end tests and benchmarks only: when the app was started for tests (the app's test
// hook window.__hallway is present), window.__hallwaySearch reaches the search worker directly,
// so a benchmark can time queries, worker round trip included, without typing them.
import type { PeopleSearchService } from './people-search-service';
import { searchClient } from './search-client';
import type { SearchResponse } from './search-worker-api';

export interface HallwaySearchTestHook {
  start(): Promise<void>;
  search(query: string, limit: number): Promise<SearchResponse>;
  /** Persists the index now rather than after the debounce. */
  flush(): Promise<void>;
}

declare global {
  interface Window {
    __hallwaySearch?: HallwaySearchTestHook;
  }
}

export function installSearchTestHookIfTesting(service: PeopleSearchService): void {
  if (!window.__hallway) return;
  window.__hallwaySearch = {
    start: () => service.start(),
    search: (query, limit) => service.search(query, limit),
    flush: () => searchClient().flush(),
  };
}
