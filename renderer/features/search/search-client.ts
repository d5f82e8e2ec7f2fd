// The page's side of the search worker: one worker per page, created on first use. Starting the
// index is left to the caller (the search box does it once the app is ready and idle), so that
// start-up never waits on the index.
import { wrap, type Remote } from 'comlink';
import type { SearchWorkerApi } from './search-worker-api';

let client: Remote<SearchWorkerApi> | null = null;

export function searchClient(): Remote<SearchWorkerApi> {
  client ??= wrap<SearchWorkerApi>(
    new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }),
  );
  return client;
}
