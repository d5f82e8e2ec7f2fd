// What the event name autocompletes to: series whose name starts with what is typed (from the
// series index's unique keys) and past events by name prefix (the name index), newest first.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

const SERIES_LIMIT = 3;
const EVENT_LIMIT = 6;
/** Events read by name prefix before picking the newest: enough for a long-running series. */
const EVENT_CANDIDATES = 200;

export interface EventSuggestions {
  series: string[];
  events: HallwayEvent[];
}

const NONE: EventSuggestions = { series: [], events: [] };

export function useEventSuggestions(typed: string): EventSuggestions {
  const db = useDatabase();
  const suggestions = useLiveQuery(async () => {
    const prefix = typed.trim();
    if (prefix === '') return NONE;
    const [series, events] = await Promise.all([
      db.events.where('series').startsWithIgnoreCase(prefix).uniqueKeys(),
      db.events
        .where('name')
        .startsWithIgnoreCase(prefix)
        .filter((event) => event.deletedAt === LIVE)
        .limit(EVENT_CANDIDATES)
        .toArray(),
    ]);
    return {
      series: series.map(String).slice(0, SERIES_LIMIT),
      events: events.sort((a, b) => b.startsAt - a.startsAt).slice(0, EVENT_LIMIT),
    };
  }, [db, typed]);
  return suggestions ?? NONE;
}

/** The newest live event of a series: what choosing the series pre-fills kind and place from. */
export async function lastEventOfSeries(
  db: HallwayDatabase,
  series: string,
): Promise<HallwayEvent | undefined> {
  const events = await db.events.where('series').equals(series).toArray();
  return events
    .filter((event) => event.deletedAt === LIVE)
    .reduce<HallwayEvent | undefined>(
      (newest, event) => (!newest || event.startsAt > newest.startsAt ? event : newest),
      undefined,
    );
}
