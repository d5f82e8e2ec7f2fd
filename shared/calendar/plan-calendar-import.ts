// What importing a calendar file would do to the stored events: each calendar event is new, an
// update of the live event that carries its UID (HallwayEvent.calendarUid, or the UID Hallway's
// own export gave it: shared/calendar/calendar-uid), or already as stored.
// The calendar owns the fields it says (name, times, place, URL, description as notes); the
// user's own (series, kind, role, roster) are never touched. The preview shows this plan and the
// write service (renderer/data/writes/calendar-import-writes) makes it again inside its write, so
// the import acts on what is stored then, not on what the preview read.
import type { HallwayEvent } from '../domain/entities';
import { hallwayEventUid } from './calendar-uid';
import type { CalendarEvent, InvalidCalendarEvent } from './parse-ics';

export type CalendarEventFields = Pick<
  HallwayEvent,
  'name' | 'startsAt' | 'endsAt' | 'location' | 'url' | 'notes'
>;

export type StoredCalendarEvent = Pick<HallwayEvent, 'id' | 'calendarUid'> & CalendarEventFields;

export interface PlannedUpdate {
  id: string;
  event: CalendarEvent;
  changes: Partial<CalendarEventFields>;
}

export interface CalendarImportPlan {
  added: CalendarEvent[];
  updated: PlannedUpdate[];
  unchanged: CalendarEvent[];
  /** Events the file names twice by the same UID: the first one counts. */
  duplicates: InvalidCalendarEvent[];
}

/** The limits of the event form (renderer/data/writes/event-input), so no import is refused. */
const LIMITS = { name: 300, location: 500, url: 2000, notes: 100_000 } as const;

export function calendarEventFields(event: CalendarEvent): CalendarEventFields {
  return {
    name: event.name.slice(0, LIMITS.name),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.location.slice(0, LIMITS.location),
    url: event.url.slice(0, LIMITS.url),
    notes: event.description.slice(0, LIMITS.notes),
  };
}

function changedFields(
  stored: CalendarEventFields,
  next: CalendarEventFields,
): Partial<CalendarEventFields> {
  const changes: Partial<CalendarEventFields> = {};
  for (const key of Object.keys(next) as (keyof CalendarEventFields)[]) {
    if (stored[key] !== next[key]) Object.assign(changes, { [key]: next[key] });
  }
  return changes;
}

export function planCalendarImport(
  events: readonly CalendarEvent[],
  stored: readonly StoredCalendarEvent[],
): CalendarImportPlan {
  // An event Hallway exported itself comes back with the UID made from its id.
  const byUid = new Map<string, StoredCalendarEvent>();
  for (const event of stored) {
    byUid.set(hallwayEventUid(event.id), event);
    if (event.calendarUid !== undefined) byUid.set(event.calendarUid, event);
  }
  const plan: CalendarImportPlan = { added: [], updated: [], unchanged: [], duplicates: [] };
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.uid)) {
      plan.duplicates.push({ line: event.line, reason: 'duplicate-uid', name: event.name });
      continue;
    }
    seen.add(event.uid);
    const existing = byUid.get(event.uid);
    if (!existing) {
      plan.added.push(event);
      continue;
    }
    const changes = changedFields(existing, calendarEventFields(event));
    if (Object.keys(changes).length === 0) plan.unchanged.push(event);
    else plan.updated.push({ id: existing.id, event, changes });
  }
  return plan;
}
