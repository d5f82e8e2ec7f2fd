// One event, kept live (undefined while loading, null when there is no such event).
import { useLiveQuery } from 'dexie-react-hooks';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export function useEvent(eventId: string): HallwayEvent | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.events.get(eventId)) ?? null, [db, eventId]);
}
