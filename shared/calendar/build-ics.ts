// Hallway's upcoming events and open follow-ups as an iCalendar file, written with ical.js. Events
// are VEVENTs in UTC; a follow-up is a VTODO due on its day (a date in the user's time zone). UIDs
// come from the rows' ids, which never change: a calendar app that imports the file again updates
// what it has instead of adding copies, and Hallway's own import finds its events by them too
// (hallwayEventUid). This module pulls in ical.js: the renderer loads it with a dynamic import.
import ICAL from 'ical.js';
import type { HallwayEvent } from '../domain/entities';
import { zoneClock } from '../time/zone-clock';
import { hallwayEventUid } from './calendar-uid';

export type ExportedEvent = Pick<
  HallwayEvent,
  'id' | 'name' | 'startsAt' | 'endsAt' | 'location' | 'url' | 'notes'
>;

export interface ExportedFollowUp {
  id: string;
  dueAt: number;
  summary: string;
  description: string;
}

export interface CalendarExport {
  events: readonly ExportedEvent[];
  followUps: readonly ExportedFollowUp[];
  /** The user's IANA time zone: the day a follow-up is due on. */
  timeZone: string;
  now: number;
}

export const followUpUid = (id: string) => `${id}@follow-up.hallway`;

const utc = (at: number) => ICAL.Time.fromJSDate(new Date(at), true);

function setText(component: ICAL.Component, name: string, value: string): void {
  if (value !== '') component.updatePropertyWithValue(name, value);
}

function eventComponent(event: ExportedEvent, stamp: ICAL.Time): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.updatePropertyWithValue('uid', hallwayEventUid(event.id));
  vevent.updatePropertyWithValue('dtstamp', stamp);
  vevent.updatePropertyWithValue('dtstart', utc(event.startsAt));
  if (event.endsAt !== null) vevent.updatePropertyWithValue('dtend', utc(event.endsAt));
  vevent.updatePropertyWithValue('summary', event.name);
  setText(vevent, 'location', event.location);
  setText(vevent, 'url', event.url);
  setText(vevent, 'description', event.notes);
  return vevent;
}

function followUpComponent(
  followUp: ExportedFollowUp,
  stamp: ICAL.Time,
  timeZone: string,
): ICAL.Component {
  const wall = zoneClock(timeZone)!.wallTimeAt(followUp.dueAt);
  const due = ICAL.Time.fromData({
    year: wall.year,
    month: wall.month,
    day: wall.day,
    isDate: true,
  });
  const vtodo = new ICAL.Component('vtodo');
  vtodo.updatePropertyWithValue('uid', followUpUid(followUp.id));
  vtodo.updatePropertyWithValue('dtstamp', stamp);
  vtodo.updatePropertyWithValue('due', due);
  vtodo.updatePropertyWithValue('status', 'NEEDS-ACTION');
  vtodo.updatePropertyWithValue('summary', followUp.summary);
  setText(vtodo, 'description', followUp.description);
  return vtodo;
}

export function buildCalendarFile({ events, followUps, timeZone, now }: CalendarExport): string {
  if (!zoneClock(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const calendar = new ICAL.Component('vcalendar');
  calendar.updatePropertyWithValue('prodid', '-//Hallway//Hallway//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  const stamp = utc(now);
  for (const event of events) calendar.addSubcomponent(eventComponent(event, stamp));
  for (const followUp of followUps) {
    calendar.addSubcomponent(followUpComponent(followUp, stamp, timeZone));
  }
  return `${calendar.toString()}\r\n`;
}
