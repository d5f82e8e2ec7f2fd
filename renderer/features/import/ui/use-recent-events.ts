// The events an attendee list can be attached to: live events, newest first (the
// [deletedAt+startsAt] index read backwards, with a limit: 2,000 events never load at once).
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type HallwayEvent } from '../../../../shared/domain/entities';
import { useDatabase } from '../../../app/database-context';

const LIMIT = 200;

export function useRecentEvents(): HallwayEvent[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.events
        .where('[deletedAt+startsAt]')
        .between([LIVE, -Infinity], [LIVE, Infinity])
        .reverse()
        .limit(LIMIT)
        .toArray(),
    [db],
  );
}
