// Results for what is typed, as it is typed. Answers arrive out of order from the worker, so only
// the answer to the latest query is kept. While the index is still loading, the query is asked
// again as soon as it is ready.
import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/search/people-search-index';
import { usePeopleSearchService } from './people-search-service';

export interface PeopleSearchState {
  /** The query these hits answer ('' when none). */
  query: string;
  hits: SearchHit[];
  ready: boolean;
  /** The search worker could not answer (it failed to start or crashed). */
  failed: boolean;
}

const NO_QUERY: PeopleSearchState = { query: '', hits: [], ready: true, failed: false };

export function usePeopleSearch(query: string, limit: number): PeopleSearchState {
  const service = usePeopleSearchService();
  const [state, setState] = useState<PeopleSearchState>(NO_QUERY);

  useEffect(() => {
    const trimmed = query.trim();
    let current = true;
    const publish = (next: PeopleSearchState) => {
      if (current) setState(next);
    };
    const ask = async () => {
      if (trimmed === '') return publish(NO_QUERY);
      const response = await service.search(trimmed, limit);
      publish({ query: trimmed, ...response, failed: false });
      if (response.ready || !current) return;
      await service.start();
      publish({ query: trimmed, ...(await service.search(trimmed, limit)), failed: false });
    };
    ask().catch(() => publish({ query: trimmed, hits: [], ready: true, failed: true }));
    return () => {
      current = false;
    };
  }, [service, query, limit]);

  return state;
}

/** Runs a task when the browser is idle (soon, where idle callbacks are not supported). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

/**
 * Starts the index once the browser is idle after start-up, never before the app is shown. A
 * failure to start surfaces where it matters: in the answer to the next search.
 */
export function useStartSearchIndexWhenIdle(): void {
  const service = usePeopleSearchService();
  useEffect(() => whenIdle(() => void service.start().catch(() => undefined)), [service]);
}
