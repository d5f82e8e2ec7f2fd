// The ids the People screen lists, live: re-read whenever people change. Only ids: the rows come
// from use-people-rows for the visible window alone.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import { listPersonIds } from './people-list-query';
import { usePeopleListStore } from './people-list-store';

export function usePeopleList(): string[] | undefined {
  const db = useDatabase();
  const sort = usePeopleListStore((state) => state.sort);
  const filters = usePeopleListStore((state) => state.filters);
  return useLiveQuery(() => listPersonIds(db, sort, filters, Date.now()), [db, sort, filters]);
}
