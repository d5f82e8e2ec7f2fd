// A person's interactions and volunteer shifts, newest first, through the [personId+at] and
// personId indexes, with the names of the events they link to (one bulkGet). Only this one
// person's rows are read.
import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE, type Interaction, type VolunteerShift } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';

export interface TimelineEntry {
  interaction: Interaction;
  eventName?: string;
}

export interface ShiftTimelineEntry {
  shift: VolunteerShift;
  eventName?: string;
}

export type TimelineRow =
  ({ kind: 'interaction' } & TimelineEntry) | ({ kind: 'shift' } & ShiftTimelineEntry);

export interface PersonTimeline {
  entries: TimelineRow[];
  timesMet: number;
}

const rowTime = (row: TimelineRow) =>
  row.kind === 'shift' ? row.shift.startsAt : row.interaction.at;

export function usePersonTimeline(personId: string): PersonTimeline | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const interactions = await db.interactions
      .where('[personId+at]')
      .between([personId, -Infinity], [personId, Infinity])
      .reverse()
      .filter((interaction) => interaction.deletedAt === LIVE)
      .toArray();
    const shifts = await db.volunteerShifts
      .where('personId')
      .equals(personId)
      .filter((shift) => shift.deletedAt === LIVE)
      .toArray();
    const eventIds = [
      ...new Set([
        ...interactions.flatMap((i) => (i.eventId ? [i.eventId] : [])),
        ...shifts.map((shift) => shift.eventId),
      ]),
    ];
    const events = await db.events.bulkGet(eventIds);
    const names = new Map(events.flatMap((event) => (event ? [[event.id, event.name]] : [])));
    const rows: TimelineRow[] = [
      ...interactions.map((interaction) => ({
        kind: 'interaction' as const,
        interaction,
        eventName: interaction.eventId ? names.get(interaction.eventId) : undefined,
      })),
      ...shifts.map((shift) => ({
        kind: 'shift' as const,
        shift,
        eventName: names.get(shift.eventId),
      })),
    ];
    return {
      entries: rows.sort((a, b) => rowTime(b) - rowTime(a)),
      timesMet: interactions.filter((interaction) => interaction.kind === 'met').length,
    };
  }, [db, personId]);
}
