// What "Export calendar" writes: the live events from today on, and the follow-ups still to do
// (open, or snoozed until a day) of people not in the trash, with the person's name.
import Dexie from 'dexie';
import type { ExportedEvent } from '../../../shared/calendar/build-ics';
import { LIVE, type FollowUp, type Person } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';

export interface FollowUpToExport {
  followUp: FollowUp;
  person: Person;
}

export interface CalendarExportRows {
  events: ExportedEvent[];
  followUps: FollowUpToExport[];
}

export async function readCalendarExport(
  db: HallwayDatabase,
  since: number,
): Promise<CalendarExportRows> {
  const [events, followUps] = await Promise.all([
    db.events.where('[deletedAt+startsAt]').between([LIVE, since], [LIVE, Dexie.maxKey]).toArray(),
    db.followUps
      .filter((followUp) => followUp.status === 'open' || followUp.status === 'snoozed')
      .toArray(),
  ]);
  const people = await db.people.bulkGet([...new Set(followUps.map(({ personId }) => personId))]);
  const personById = new Map(
    people.flatMap((person) => (person && person.deletedAt === LIVE ? [[person.id, person]] : [])),
  );
  return {
    events,
    followUps: followUps
      .flatMap((followUp) => {
        const person = personById.get(followUp.personId);
        return person ? [{ followUp, person }] : [];
      })
      .sort((a, b) => a.followUp.dueAt - b.followUp.dueAt),
  };
}
