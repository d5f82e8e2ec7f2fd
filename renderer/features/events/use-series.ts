// A series (a recurring meetup): its live events newest first, from the series index, and the
// people seen most often across them — `met` interactions counted per person over the events'
// eventId index entries, the top ones read with one bulkGet.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type HallwayEvent, type Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export const SERIES_REGULARS_LIMIT = 20;

export interface SeriesRegular {
  person: Person;
  timesMet: number;
}

export interface SeriesOverview {
  events: HallwayEvent[];
  regulars: SeriesRegular[];
}

export function useSeries(series: string): SeriesOverview | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const events = (await db.events.where('series').equals(series).toArray())
      .filter((event) => event.deletedAt === LIVE)
      .sort((a, b) => b.startsAt - a.startsAt);
    const timesMet = new Map<string, number>();
    if (events.length > 0) {
      await db.interactions
        .where('eventId')
        .anyOf(events.map((event) => event.id))
        .each(({ deletedAt, kind, personId }) => {
          if (deletedAt === LIVE && kind === 'met') {
            timesMet.set(personId, (timesMet.get(personId) ?? 0) + 1);
          }
        });
    }
    const ranked = [...timesMet].sort((a, b) => b[1] - a[1]);
    const regulars: SeriesRegular[] = [];
    // Read a little more than needed at a time: some of the top people may be in the trash.
    for (let start = 0; start < ranked.length && regulars.length < SERIES_REGULARS_LIMIT;) {
      const batch = ranked.slice(start, start + SERIES_REGULARS_LIMIT * 2);
      start += batch.length;
      const people = await db.people.bulkGet(batch.map(([personId]) => personId));
      people.forEach((person, index) => {
        if (person && person.deletedAt === LIVE && regulars.length < SERIES_REGULARS_LIMIT) {
          regulars.push({ person, timesMet: batch[index][1] });
        }
      });
    }
    return { events, regulars };
  }, [db, series]);
}
