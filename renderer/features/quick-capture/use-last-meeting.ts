// When and where a person was last met at an event ("met before at …"): their newest `met`
// interaction with an event, walking the [personId+at] index backwards.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export interface LastMeeting {
  event: HallwayEvent;
  at: number;
}

export function useLastMeeting(personId: string | null): LastMeeting | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (personId === null) return null;
    const met = await db.interactions
      .where('[personId+at]')
      .between([personId, -Infinity], [personId, Infinity])
      .reverse()
      .filter(
        (interaction) =>
          interaction.deletedAt === LIVE &&
          interaction.kind === 'met' &&
          interaction.eventId !== undefined,
      )
      .first();
    const event = met?.eventId ? await db.events.get(met.eventId) : undefined;
    return met && event ? { event, at: met.at } : null;
  }, [db, personId]);
}
