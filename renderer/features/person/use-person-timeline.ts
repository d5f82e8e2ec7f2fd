// A person's interactions, newest first, through the [personId+at] index, with the names of the
// events they link to (one bulkGet). Only this one person's rows are read.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Interaction } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export interface TimelineEntry {
  interaction: Interaction;
  eventName?: string;
}

export interface PersonTimeline {
  entries: TimelineEntry[];
  timesMet: number;
}

export function usePersonTimeline(personId: string): PersonTimeline | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const interactions = await db.interactions
      .where('[personId+at]')
      .between([personId, -Infinity], [personId, Infinity])
      .reverse()
      .filter((interaction) => interaction.deletedAt === LIVE)
      .toArray();
    const eventIds = [...new Set(interactions.flatMap((i) => (i.eventId ? [i.eventId] : [])))];
    const events = await db.events.bulkGet(eventIds);
    const names = new Map(events.flatMap((event) => (event ? [[event.id, event.name]] : [])));
    return {
      entries: interactions.map((interaction) => ({
        interaction,
        eventName: interaction.eventId ? names.get(interaction.eventId) : undefined,
      })),
      timesMet: interactions.filter((interaction) => interaction.kind === 'met').length,
    };
  }, [db, personId]);
}
