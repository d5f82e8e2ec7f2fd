// What the Today items on screen show beyond their suggestions: the people's names, the event's
// name and the last thing noted (with the person, or with each person likely at an upcoming
// event). Read for the whole page at once, in one read transaction: every person once by key,
// every event once, and each person's few interactions for the last note.
import { useLiveQuery } from 'dexie-react-hooks';
import {
  LIVE,
  type HallwayEvent,
  type Interaction,
  type Person,
} from '../../../shared/domain/entities';
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

/** The last thing noted with a person: their newest live interaction that has a note. */
async function lastNoteOf(db: HallwayDatabase, personId: string): Promise<string> {
  // A person's interactions are few: one getAll beats a filtered cursor.
  const interactions: Interaction[] = await db.interactions
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .toArray();
  const noted = interactions.findLast(
    (interaction) => interaction.deletedAt === LIVE && interaction.note.trim() !== '',
  );
  return noted?.note ?? '';
}

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
  return db.transaction('r', [db.people, db.events, db.interactions], async () => {
    const [people, events, notes] = await Promise.all([
      db.people.bulkGet(personIds).then(byId),
      db.events.bulkGet(eventIds).then(byId),
      Promise.all(noted.map((personId) => lastNoteOf(db, personId))),
    ]);
    const noteOf = new Map(noted.map((personId, index) => [personId, notes[index]] as const));
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
