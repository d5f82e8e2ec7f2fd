// How the UI reaches the search index: through this small service, provided by context so that
// component tests can hand in an in-memory index, and backed by the worker in the app. The
// worker's index is started at most once, when the app is idle after start-up.
import { createContext, useContext, useMemo } from 'react';
import { useDatabase } from '../../app/database-context';
import { searchClient } from './search-client';
import { installSearchTestHookIfTesting } from './search-test-hook';
import type { SearchResponse } from './search-worker-api';

export interface PeopleSearchService {
  /** Restores or builds the index; resolves once it answers completely. */
  start(): Promise<void>;
  search(query: string, limit: number): Promise<SearchResponse>;
}

export const PeopleSearchContext = createContext<PeopleSearchService | null>(null);

const workerServices = new Map<string, PeopleSearchService>();

function workerSearchService(databaseName: string): PeopleSearchService {
  let started: Promise<void> | null = null;
  return {
    start() {
      started ??= Promise.resolve().then(() => searchClient().start(databaseName));
      return started;
    },
    search: async (query, limit) => searchClient().search(query, limit),
  };
}

export function usePeopleSearchService(): PeopleSearchService {
  const provided = useContext(PeopleSearchContext);
  const db = useDatabase();
  return useMemo(() => {
    if (provided) return provided;
    let service = workerServices.get(db.name);
    if (!service) {
      service = workerSearchService(db.name);
      workerServices.set(db.name, service);
      installSearchTestHookIfTesting(service);
    }
    return service;
  }, [provided, db]);
}
