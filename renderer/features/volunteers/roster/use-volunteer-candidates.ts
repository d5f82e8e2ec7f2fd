// People to put on a shift for what is typed: those whose name starts with it (display name, or
// given and family name in either order, through the *nameKeys index) and those whose sort name
// does (the reading, through [deletedAt+sortName]), live people only, the first few.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Person } from '../../../../shared/domain/entities';
import { sortNameOf } from '../../../../shared/people/derive-person-keys';
import { compactName } from '../../../../shared/people/name-match-keys';
import { useDatabase } from '../../../app/database-context';

const LIMIT = 8;

export function useVolunteerCandidates(typed: string): Person[] {
  const db = useDatabase();
  const name = compactName(typed);
  const sortPrefix = sortNameOf('', typed);
  return (
    useLiveQuery(async () => {
      if (name === '') return [];
      const [byName, bySortName] = await Promise.all([
        db.people
          .where('nameKeys')
          .startsWith(`n:${name}`)
          .filter((person) => person.deletedAt === LIVE)
          .limit(LIMIT)
          .toArray(),
        db.people
          .where('[deletedAt+sortName]')
          .between([LIVE, sortPrefix], [LIVE, `${sortPrefix}\uffff`])
          .limit(LIMIT)
          .toArray(),
      ]);
      const unique = new Map([...byName, ...bySortName].map((person) => [person.id, person]));
      return [...unique.values()].slice(0, LIMIT);
    }, [db, name, sortPrefix]) ?? []
  );
}
