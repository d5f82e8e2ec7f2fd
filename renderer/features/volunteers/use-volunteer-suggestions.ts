// "Who to ask next" for one event, kept live: asking someone (a new invited shift) takes them off
// the list and shrinks the role's gap at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import { loadVolunteerSuggestions, type VolunteerSuggestions } from './load-volunteer-suggestions';
import { useRoleDefinitions } from './use-role-definitions';

export function useVolunteerSuggestions(
  eventId: string,
  now: number,
): VolunteerSuggestions | null | undefined {
  const db = useDatabase();
  const roles = useRoleDefinitions();
  return useLiveQuery(
    () => loadVolunteerSuggestions(db, eventId, roles, now),
    [db, eventId, roles, now],
  );
}
