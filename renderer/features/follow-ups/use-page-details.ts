// What the Today items on screen show beyond their suggestions: the people's names, the event's
// name and the last thing noted (with the person, or with each person likely at an upcoming
// event). Read for the whole page at once, in one read transaction, all by key: every person
// once, every event once, and each person's last note from their latestInteractions row (kept on
// write, see data/derived/latest-interactions).
import { useLiveQuery } from 'dexie-react-hooks';
import type { HallwayEvent, Person } from '../../../shared/domain/entities';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';

export interface FollowUpDetails {
  people: Pick<Person, 'id' | 'displayName' | 'keepInTouchDays' | 'lastContactAt'>[];
  event: Pick<HallwayEvent, 'id' | 'name' | 'startsAt'> | undefined;
  /** One-person items: the last thing noted with them. */
  lastNote: string;
  /** Upcoming events: the last thing noted with each person likely there (when there is one). */
  lastNotes: Readonly<Record<string, string>>;
}

type DetailsOf = Pick<SuggestedFollowUp, 'key' | 'personIds' | 'eventId' | 'rule'>;

const byId = <Row extends { id: string }>(rows: readonly (Row | undefined)[]) =>
  new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));

/** Each item's details, by its key. */
export function readPageDetails(
  db: HallwayDatabase,
  items: readonly DetailsOf[],
): Promise<ReadonlyMap<string, FollowUpDetails>> {
  const personIds = [...new Set(items.flatMap((item) => item.personIds))];
  const eventIds = [...new Set(items.flatMap((item) => item.eventId ?? []))];
  const noted = [
    ...new Set(
      items.flatMap((item) =>
        item.rule === 'upcoming' || item.personIds.length === 1 ? item.personIds : [],
      ),
    ),
  ];
  return db.transaction('r', [db.people, db.events, db.latestInteractions], async () => {
    const [people, events, latest] = await Promise.all([
      db.people.bulkGet(personIds).then(byId),
      db.events.bulkGet(eventIds).then(byId),
      db.latestInteractions.bulkGet(noted),
    ]);
    const noteOf = new Map(
      latest.flatMap((row) => (row?.lastNote ? [[row.personId, row.lastNote.text] as const] : [])),
    );
    const notesOf = (ids: readonly string[]) =>
      Object.fromEntries(
        ids.flatMap((id) => {
          const note = noteOf.get(id);
          return note ? [[id, note] as const] : [];
        }),
      );
    return new Map(
      items.map((item) => {
        const upcoming = item.rule === 'upcoming';
        const details: FollowUpDetails = {
          people: item.personIds.flatMap((id) => people.get(id) ?? []),
          event: item.eventId === undefined ? undefined : events.get(item.eventId),
          lastNote:
            !upcoming && item.personIds.length === 1 ? (noteOf.get(item.personIds[0]) ?? '') : '',
          lastNotes: upcoming ? notesOf(item.personIds) : {},
        };
        return [item.key, details] as const;
      }),
    );
  });
}

/** The details of the items on screen, live; undefined while the first read runs. */
export function usePageDetails(
  items: readonly SuggestedFollowUp[],
): ReadonlyMap<string, FollowUpDetails> | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readPageDetails(db, items), [db, items]);
}
