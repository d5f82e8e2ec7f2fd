// The relationships in the trash, most recently removed first (the newest TRASH_PAGE, with the
// total): see trashedRelationships for which ones.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import {
  trashedRelationships,
  type TrashedRelationship,
} from '../../repositories/relationships-repository';
import { TRASH_PAGE } from '../people/use-trashed-people';

export interface TrashedRelationships {
  items: TrashedRelationship[];
  total: number;
}

export function useTrashedRelationships(): TrashedRelationships | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const all = await trashedRelationships(db);
    return { items: all.slice(0, TRASH_PAGE), total: all.length };
  }, [db]);
}
