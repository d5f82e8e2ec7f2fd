// How many different people were met at each of the given events, from the eventId index. The
// ids travel as one joined string so that a new array with the same ids does not re-query.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export function usePeopleMetCounts(eventIds: readonly string[]): Map<string, number> | undefined {
  const db = useDatabase();
  const joinedIds = eventIds.join('\n');
  return useLiveQuery(async () => {
    const ids = joinedIds === '' ? [] : joinedIds.split('\n');
    const people = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
    if (ids.length > 0) {
      await db.interactions
        .where('eventId')
        .anyOf(ids)
        .each(({ deletedAt, kind, eventId, personId }) => {
          if (deletedAt === LIVE && kind === 'met' && eventId) people.get(eventId)?.add(personId);
        });
    }
    return new Map([...people].map(([id, met]) => [id, met.size]));
  }, [db, joinedIds]);
}
