// Writes of a calendar (.ics) import (docs/architecture.md, "One write path"): one write for the
// whole file, so it lands whole or not at all. The plan is made again inside the write from the
// events stored then (shared/calendar/plan-calendar-import): importing the same file twice adds
// nothing the second time, and a moved event is updated in place, found by its calendar UID.
import type { CalendarEvent } from '../../../shared/calendar/parse-ics';
import {
  calendarEventFields,
  planCalendarImport,
} from '../../../shared/calendar/plan-calendar-import';
import { LIVE } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { findEventsByCalendarUid } from '../../repositories/calendar-events-repository';
import { runWrite } from '../run-write';

export interface CalendarImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

export function importCalendarEvents(
  db: HallwayDatabase,
  events: readonly CalendarEvent[],
): Promise<CalendarImportResult> {
  return runWrite(db, async (write) => {
    const stored = await findEventsByCalendarUid(db, new Set(events.map((event) => event.uid)));
    const plan = planCalendarImport(events, stored);
    await write.insert(
      'events',
      plan.added.map((event) => ({
        ...calendarEventFields(event),
        series: '',
        kind: 'meetup' as const,
        myRole: 'attendee',
        calendarUid: event.uid,
        id: crypto.randomUUID(),
        createdAt: write.now,
        updatedAt: write.now,
        deletedAt: LIVE,
      })),
    );
    await write.patchMany(
      'events',
      plan.updated.map(({ id, changes }) => ({
        key: id,
        changes: { ...changes, updatedAt: write.now },
      })),
    );
    return {
      added: plan.added.length,
      updated: plan.updated.length,
      unchanged: plan.unchanged.length,
    };
  });
}
