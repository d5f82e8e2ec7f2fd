// One person, live from the database: loading, missing (no such id) or found (live or trashed).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { getPerson } from '../../repositories/people-repository';

export type PersonLookup =
  { state: 'loading' } | { state: 'missing' } | { state: 'found'; person: Person };

export function usePerson(id: string): PersonLookup {
  const db = useDatabase();
  const result = useLiveQuery(async () => ({ person: await getPerson(db, id) }), [db, id]);
  if (!result) return { state: 'loading' };
  return result.person ? { state: 'found', person: result.person } : { state: 'missing' };
}
