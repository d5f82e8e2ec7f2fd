// How many live events are stored, kept live. Counted from an index: it never loads the rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';

export function useEventsCount(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.events.where('deletedAt').equals(0).count(), [db]);
}
