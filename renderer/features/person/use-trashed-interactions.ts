// The meetings, calls and messages in the trash, most recently deleted first (the newest
// TRASH_PAGE from the deletedAt index, with the total), each with the name of the person and of
// the event it was logged at, read with one bulkGet each.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Interaction } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { TRASH_PAGE } from '../people/use-trashed-people';

export interface TrashedInteraction {
  interaction: Interaction;
  personName: string;
  eventName: string | null;
}

export interface TrashedInteractions {
  items: TrashedInteraction[];
  total: number;
}

async function loadTrashedInteractions(db: HallwayDatabase): Promise<TrashedInteractions> {
  const inTrash = numbersAbove(db.interactions.where('deletedAt'), 0);
  const [interactions, total] = await Promise.all([
    inTrash.clone().reverse().limit(TRASH_PAGE).toArray(),
    inTrash.clone().count(),
  ]);
  const [people, events] = await Promise.all([
    db.people.bulkGet(interactions.map((interaction) => interaction.personId)),
    db.events.bulkGet(interactions.map((interaction) => interaction.eventId ?? '')),
  ]);
  const items = interactions.map((interaction, index) => ({
    interaction,
    personName: people[index]?.displayName ?? '',
    eventName: events[index]?.name ?? null,
  }));
  return { items, total };
}

export function useTrashedInteractions(): TrashedInteractions | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadTrashedInteractions(db), [db]);
}
