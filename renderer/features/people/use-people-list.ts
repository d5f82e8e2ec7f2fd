// The ids the People screen lists, live: re-read whenever people change. Only ids: the rows come
// from use-people-rows for the visible window alone. While the whole ordered key list of a large
// database loads, the first page of it (read with a limit, which takes milliseconds) stands in,
// with the count from the index, so the list shows its first rows at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import {
  firstLivePersonIds,
  hasFilters,
  listPersonIds,
  type PeopleFilters,
  type PeopleSort,
} from './people-list-query';
import { usePeopleListStore } from './people-list-store';

const FIRST_PAGE = 100;

export interface PeopleListIds {
  /** The ids known so far, in order: all of them once `complete`. */
  ids: readonly string[];
  /** How many people the list holds (the virtualiser's row count). */
  count: number;
  complete: boolean;
}

interface Answer {
  sort: PeopleSort;
  filters: PeopleFilters;
  ids: string[];
}

export function usePeopleList(total: number): PeopleListIds | undefined {
  const db = useDatabase();
  const sort = usePeopleListStore((state) => state.sort);
  const filters = usePeopleListStore((state) => state.filters);
  const filtered = hasFilters(filters);
  const whole = useLiveQuery(
    async (): Promise<Answer> => ({
      sort,
      filters,
      ids: await listPersonIds(db, sort, filters, Date.now()),
    }),
    [db, sort, filters],
  );
  const firstPage = useLiveQuery(
    async () => ({ sort, ids: filtered ? null : await firstLivePersonIds(db, sort, FIRST_PAGE) }),
    [db, sort, filtered],
  );
  // A previous query's answer stays until the new one arrives: only use answers to this one.
  if (whole && whole.sort === sort && whole.filters === filters) {
    return { ids: whole.ids, count: whole.ids.length, complete: true };
  }
  if (firstPage?.ids && firstPage.sort === sort && !filtered) {
    return { ids: firstPage.ids, count: Math.max(total, firstPage.ids.length), complete: false };
  }
  return undefined;
}
