// An upcoming event's prep, kept live (undefined while it is read).
import { useLiveQuery } from 'dexie-react-hooks';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { readEventPrep, type EventPrep } from './read-event-prep';

export function useEventPrep(event: HallwayEvent): EventPrep | undefined {
  const db = useDatabase();
  return useLiveQuery(() => readEventPrep(db, event), [db, event]);
}
