// The people the People list shows under its current filters, in its order (null while counting,
// and when no filter is set: then "the list" is everyone).
import { useEffect, useState } from 'react';
import { useDatabase } from '../../app/database-context';
import { hasFilters, listPersonIds } from '../people/people-list-query';
import { usePeopleListStore } from '../people/people-list-store';

export function useFilteredPeopleIds(): { filtered: boolean; ids: string[] | null } {
  const db = useDatabase();
  const sort = usePeopleListStore((state) => state.sort);
  const filters = usePeopleListStore((state) => state.filters);
  const filtered = hasFilters(filters);
  const [ids, setIds] = useState<string[] | null>(null);

  useEffect(() => {
    if (!filtered) return;
    let current = true;
    void listPersonIds(db, sort, filters, Date.now()).then((found) => current && setIds(found));
    return () => {
      current = false;
    };
  }, [db, sort, filters, filtered]);

  return { filtered, ids: filtered ? ids : null };
}
