// People whose sort name starts with what is typed, through the [deletedAt+sortName] index (the
// first few only), for the merge dialog's person picker.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { sortNameOf } from '../../../shared/people/derive-person-keys';
import { useDatabase } from '../../app/database-context';

const LIMIT = 8;

export function usePeopleByName(typed: string, excludeId: string): Person[] {
  const db = useDatabase();
  const prefix = sortNameOf('', typed);
  return (
    useLiveQuery(async () => {
      if (prefix === '') return [];
      return db.people
        .where('[deletedAt+sortName]')
        .between([LIVE, prefix], [LIVE, `${prefix}\uffff`])
        .filter((person) => person.id !== excludeId)
        .limit(LIMIT)
        .toArray();
    }, [db, prefix, excludeId]) ?? []
  );
}
