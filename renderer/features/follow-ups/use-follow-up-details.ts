// What one Today item shows beyond its suggestion: the people's names, the event's name and the
// last thing noted (with the person, or with each person likely at an upcoming event), read for
// the items on screen only (a handful of key look-ups each).
import { useLiveQuery } from 'dexie-react-hooks';
import type { HallwayEvent, Person } from '../../../shared/domain/entities';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';
import { lastNoteOf } from './today-inputs';

export interface FollowUpDetails {
  people: Pick<Person, 'id' | 'displayName' | 'keepInTouchDays' | 'lastContactAt'>[];
  event: Pick<HallwayEvent, 'id' | 'name' | 'startsAt'> | undefined;
  /** One-person items: the last thing noted with them. */
  lastNote: string;
  /** Upcoming events: the last thing noted with each person likely there (when there is one). */
  lastNotes: Readonly<Record<string, string>>;
}

type DetailsOf = Pick<SuggestedFollowUp, 'personIds' | 'eventId' | 'rule'>;

async function notesOf(db: HallwayDatabase, personIds: readonly string[]) {
  const notes = await Promise.all(personIds.map((personId) => lastNoteOf(db, personId)));
  return Object.fromEntries(
    notes.flatMap((note) => (note ? [[note.personId, note.note] as const] : [])),
  );
}

export async function readFollowUpDetails(
  db: HallwayDatabase,
  { personIds, eventId, rule }: DetailsOf,
): Promise<FollowUpDetails> {
  const upcoming = rule === 'upcoming';
  const [people, event, note, lastNotes] = await Promise.all([
    db.people.bulkGet([...personIds]),
    eventId === undefined ? undefined : db.events.get(eventId),
    upcoming || personIds.length !== 1 ? undefined : lastNoteOf(db, personIds[0]),
    upcoming ? notesOf(db, personIds) : {},
  ]);
  return {
    people: people.filter((person): person is Person => person !== undefined),
    event,
    lastNote: note?.note ?? '',
    lastNotes,
  };
}

export function useFollowUpDetails(suggestion: SuggestedFollowUp): FollowUpDetails | undefined {
  const db = useDatabase();
  const { personIds, eventId, rule } = suggestion;
  return useLiveQuery(
    () => readFollowUpDetails(db, { personIds, eventId, rule }),
    [db, personIds, eventId, rule],
  );
}
