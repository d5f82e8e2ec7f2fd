// How many open follow-ups are stored, kept live. Counted from an index: it never loads the rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';

export function useOpenFollowUpsCount(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.followUps.where('status').equals('open').count(), [db]);
}
