// The person page's relationship reads, live: the ones the user stated, and the ties the data
// already implies (renderer/repositories).
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../app/database-context';
import {
  introducedTiesOf,
  metAtSameEventsOf,
  type IntroducedTie,
  type MetAtSameEvents,
} from '../../repositories/implied-ties-repository';
import {
  relationshipsOfPerson,
  type PersonRelationship,
} from '../../repositories/relationships-repository';

/** People met at the same events named on the page; the rest are counted. */
export const MET_AT_SAME_EVENTS_SHOWN = 10;

export function useRelationshipsOf(personId: string): PersonRelationship[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => relationshipsOfPerson(db, personId), [db, personId]);
}

export interface ImpliedTies {
  introduced: IntroducedTie[];
  metAtSameEvents: MetAtSameEvents;
}

export function useImpliedTies(personId: string): ImpliedTies | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [introduced, metAtSameEvents] = await Promise.all([
      introducedTiesOf(db, personId),
      metAtSameEventsOf(db, personId, MET_AT_SAME_EVENTS_SHOWN),
    ]);
    return { introduced, metAtSameEvents };
  }, [db, personId]);
}
