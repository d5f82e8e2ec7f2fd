// The event an attendee list was imported into before (shared/import/recognise-event), looked up
// among the live events. The events table has no index on name or URL, and it is small next to
// people and interactions, so the live events are scanned. Undefined while the look-up runs.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type HallwayEvent } from '../../../../shared/domain/entities';
import { recogniseEvent, type WantedEvent } from '../../../../shared/import/recognise-event';
import { useDatabase } from '../../../app/database-context';

export function useRecognisedEvent(wanted: WantedEvent | null): HallwayEvent | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!wanted) return null;
    const events = await db.events
      .where('[deletedAt+startsAt]')
      .between([LIVE, -Infinity], [LIVE, Infinity])
      .toArray();
    return recogniseEvent(events, wanted, Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [db, wanted?.name, wanted?.startsAt, wanted?.url]);
}
