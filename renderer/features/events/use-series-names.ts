// Every series name in use, for autocomplete: the unique keys of the series index (a few dozen
// names, however many events there are).
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';

export function useSeriesNames(): string[] {
  const db = useDatabase();
  const names = useLiveQuery(
    async () =>
      (await db.events.orderBy('series').uniqueKeys()).filter(
        (name): name is string => typeof name === 'string' && name !== '',
      ),
    [db],
  );
  return names ?? [];
}
