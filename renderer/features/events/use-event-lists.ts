// The Events screen's two lists, each a range of the [deletedAt+startsAt] index with a limit:
// upcoming soonest first, past newest first. One more row than shown is read, to know whether
// "Show more" has anything to show; 2,000 events never load at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export interface EventPage {
  events: HallwayEvent[];
  hasMore: boolean;
}

export function useEventPage(
  when: 'upcoming' | 'past',
  now: number,
  limit: number,
): EventPage | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const index = db.events.where('[deletedAt+startsAt]');
    const range =
      when === 'upcoming'
        ? index.between([LIVE, now], [LIVE, Infinity], true, true)
        : index.between([LIVE, -Infinity], [LIVE, now], true, false).reverse();
    const rows = await range.limit(limit + 1).toArray();
    return { events: rows.slice(0, limit), hasMore: rows.length > limit };
  }, [db, when, now, limit]);
}
