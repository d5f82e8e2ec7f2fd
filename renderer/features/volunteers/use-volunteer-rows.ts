// The Volunteers screen's rows, kept live: a shift or a name that changes updates the table.
// `now` is fixed per visit (reliability counts confirmed shifts that are over by then).
import { useLiveQuery } from 'dexie-react-hooks';
import type { VolunteerTableRow } from '../../../shared/volunteers/volunteer-table';
import { useDatabase } from '../../app/database-context';
import { loadVolunteerRows } from './load-volunteer-rows';

export function useVolunteerRows(now: number): VolunteerTableRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadVolunteerRows(db, now), [db, now]);
}
