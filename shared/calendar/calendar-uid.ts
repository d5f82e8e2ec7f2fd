// The UID Hallway gives an event in the calendar files it writes (shared/calendar/build-ics): the
// event's id, which never changes. Importing such a file finds the event again by it, as it finds
// an event imported from elsewhere by the UID stored with it (HallwayEvent.calendarUid).
const SUFFIX = '@event.hallway';

export const hallwayEventUid = (eventId: string) => `${eventId}${SUFFIX}`;

/** The event id inside a UID Hallway wrote, or null for anyone else's UID. */
export function eventIdOfUid(uid: string): string | null {
  return uid.endsWith(SUFFIX) ? uid.slice(0, -SUFFIX.length) : null;
}
