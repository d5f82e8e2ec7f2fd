// The events in the trash, most recently deleted first, as the trashed people are read
// (use-trashed-people): the newest TRASH_PAGE rows from the deletedAt index, with the total.
import { useLiveQuery } from 'dexie-react-hooks';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { TRASH_PAGE } from '../people/use-trashed-people';

export interface TrashedEvents {
  events: HallwayEvent[];
  total: number;
}

async function loadTrashedEvents(db: HallwayDatabase): Promise<TrashedEvents> {
  const inTrash = numbersAbove(db.events.where('deletedAt'), 0);
  const [events, total] = await Promise.all([
    inTrash.clone().reverse().limit(TRASH_PAGE).toArray(),
    inTrash.clone().count(),
  ]);
  return { events, total };
}

export function useTrashedEvents(): TrashedEvents | undefined {
  const db = useDatabase();
  return useLiveQuery(() => loadTrashedEvents(db), [db]);
}
