// How many live volunteer shifts are stored, kept live. Counted from an index: it never loads the rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';

export function useVolunteerShiftsCount(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.volunteerShifts.where('deletedAt').equals(0).count(), [db]);
}
