// The people met at an event and what was noted about each: the event's interactions from the
// eventId index, their people with one bulkGet. Trashed interactions and people are left out.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Interaction, type Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export interface PersonAtEvent {
  person: Person;
  interactions: Interaction[];
}

export function useEventPeople(eventId: string): PersonAtEvent[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const interactions = await db.interactions
      .where('eventId')
      .equals(eventId)
      .filter((interaction) => interaction.deletedAt === LIVE)
      .toArray();
    const byPerson = new Map<string, Interaction[]>();
    for (const interaction of interactions) {
      byPerson.set(interaction.personId, [
        ...(byPerson.get(interaction.personId) ?? []),
        interaction,
      ]);
    }
    const people = await db.people.bulkGet([...byPerson.keys()]);
    return people
      .filter((person): person is Person => person !== undefined && person.deletedAt === LIVE)
      .sort((a, b) => a.sortName.localeCompare(b.sortName))
      .map((person) => ({ person, interactions: byPerson.get(person.id) ?? [] }));
  }, [db, eventId]);
}
