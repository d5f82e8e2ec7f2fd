// People to put on a shift for what is typed: those whose name starts with it (display name, or
// given and family name in either order, through the *nameKeys index) and those whose sort name
// does (the reading, through [deletedAt+sortName]), live people only, the first few. Only those of
// the text typed now, none (and `pending`) while they are read: useLiveQuery keeps the previous
// text's results meanwhile, and an Enter then would put the wrong person on the shift.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Person } from '../../../../shared/domain/entities';
import { sortNameOf } from '../../../../shared/people/derive-person-keys';
import { compactName } from '../../../../shared/people/name-match-keys';
import { useDatabase } from '../../../app/database-context';

const LIMIT = 8;

export interface VolunteerCandidates {
  people: Person[];
  pending: boolean;
}

export function useVolunteerCandidates(typed: string): VolunteerCandidates {
  const db = useDatabase();
  const name = compactName(typed);
  const sortPrefix = sortNameOf('', typed);
  const read = useLiveQuery(async () => {
    if (name === '') return { name, people: [] };
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
    return { name, people: [...unique.values()].slice(0, LIMIT) };
  }, [db, name, sortPrefix]);
  const current = read?.name === name;
  return { people: current ? read.people : [], pending: !current };
}
