// People whose sort name starts with what is typed, through the [deletedAt+sortName] index (the
// first few only), for the person pickers (merge, introductions, relationships). Only the matches
// of the text typed now are returned, none (and `pending`) while they are being read: useLiveQuery
// keeps the previous text's results until the new ones arrive, and an Enter in that moment would
// pick a person who does not match what is in the field.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { sortNameOf } from '../../../shared/people/derive-person-keys';
import { useDatabase } from '../../app/database-context';

const LIMIT = 8;

export interface PersonMatches {
  people: Person[];
  /** True while the matches of the typed text are being read. */
  pending: boolean;
}

export function usePersonMatches(typed: string, excludeId: string): PersonMatches {
  const db = useDatabase();
  const prefix = sortNameOf('', typed);
  const read = useLiveQuery(async () => {
    const people =
      prefix === ''
        ? []
        : await db.people
            .where('[deletedAt+sortName]')
            .between([LIVE, prefix], [LIVE, `${prefix}\uffff`])
            .filter((person) => person.id !== excludeId)
            .limit(LIMIT)
            .toArray();
    return { prefix, excludeId, people };
  }, [db, prefix, excludeId]);
  const current = read?.prefix === prefix && read.excludeId === excludeId;
  return { people: current ? read.people : [], pending: !current };
}
