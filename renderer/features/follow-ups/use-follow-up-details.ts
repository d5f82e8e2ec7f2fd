// What one Today item shows beyond its suggestion: the people's names, the event's name and the
// last thing noted, read for the items on screen only (a handful of key look-ups each).
import { useLiveQuery } from 'dexie-react-hooks';
import type { HallwayEvent, Person } from '../../../shared/domain/entities';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import { useDatabase } from '../../app/database-context';
import { lastNoteOf } from './today-inputs';

export interface FollowUpDetails {
  people: Pick<Person, 'id' | 'displayName' | 'keepInTouchDays' | 'lastContactAt'>[];
  event: Pick<HallwayEvent, 'id' | 'name' | 'startsAt'> | undefined;
  lastNote: string;
}

export function useFollowUpDetails(suggestion: SuggestedFollowUp): FollowUpDetails | undefined {
  const db = useDatabase();
  const { personIds, eventId, lastNote, rule } = suggestion;
  return useLiveQuery(async () => {
    const [people, event, note] = await Promise.all([
      db.people.bulkGet([...personIds]),
      eventId === undefined ? undefined : db.events.get(eventId),
      lastNote !== undefined || rule === 'upcoming' || personIds.length !== 1
        ? undefined
        : lastNoteOf(db, personIds[0]),
    ]);
    return {
      people: people.filter((person): person is Person => person !== undefined),
      event,
      lastNote: lastNote ?? note?.note ?? '',
    };
  }, [db, personIds, eventId, lastNote, rule]);
}
