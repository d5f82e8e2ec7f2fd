// How many live introductions are stored, kept live. Counted from an index: it never loads the rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';

export function useIntroductionsCount(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.introductions.where('deletedAt').equals(0).count(), [db]);
}
