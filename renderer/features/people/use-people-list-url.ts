// Keeps the People list's sort and filters (zustand) and the URL's search parameters in step:
// parameters present when the screen opens win (a link to a filtered list); after that, every
// change to the sort or filters is written to the URL, replacing the history entry.
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { paramsFromPeopleListView, peopleListViewFromParams } from './people-list-url';
import { usePeopleListStore } from './people-list-store';

export function usePeopleListUrl(): void {
  const [params, setParams] = useSearchParams();
  const sort = usePeopleListStore((state) => state.sort);
  const filters = usePeopleListStore((state) => state.filters);
  const readUrl = useRef(false);

  useEffect(() => {
    if (!readUrl.current) {
      readUrl.current = true;
      if (params.size > 0) {
        usePeopleListStore.setState(peopleListViewFromParams(params));
        return;
      }
    }
    const next = paramsFromPeopleListView({ sort, filters });
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [params, setParams, sort, filters]);
}
