// Reads the events of an iCalendar (.ics) file, as connpass, Meetup and Luma export them, with
// ical.js. Times become instants here: a UTC time ("…Z") as it is; a time with a TZID through the
// file's own VTIMEZONE when it has one (ical.js), else through the IANA zone of that name
// (shared/time/zone-clock); a floating time or an all-day date in the user's time zone (an
// all-day event runs from the start of its first day to the start of the day after its last).
// A VEVENT that cannot become an event is not a failure of the file: it is listed with the line
// its BEGIN:VEVENT stands on and why. Only a file ical.js cannot read at all fails as a whole.
// This module pulls in ical.js: the renderer loads it with a dynamic import, only to import.
import ICAL from 'ical.js';
import { zoneClock, type ZoneClock } from '../time/zone-clock';

export interface CalendarEvent {
  /** The event's UID: re-importing the same file finds the event again by it. */
  uid: string;
  name: string;
  startsAt: number;
  endsAt: number | null;
  allDay: boolean;
  location: string;
  url: string;
  description: string;
  /** The line of its BEGIN:VEVENT, 1-based. */
  line: number;
}

export const INVALID_EVENT_REASONS = [
  'missing-uid',
  'missing-name',
  'missing-start',
  'invalid-date',
  'unknown-time-zone',
  'ends-before-start',
  'duplicate-uid',
] as const;
export type InvalidEventReason = (typeof INVALID_EVENT_REASONS)[number];

export interface InvalidCalendarEvent {
  line: number;
  reason: InvalidEventReason;
  /** The SUMMARY when there is one, to name it in the preview. */
  name: string;
}

export type ParsedCalendar =
  | { ok: true; events: CalendarEvent[]; invalid: InvalidCalendarEvent[] }
  | { ok: false; message: string };

export interface ParseCalendarOptions {
  /** The user's IANA time zone: floating times and all-day dates are read in it. */
  timeZone: string;
}

class InvalidEvent extends Error {
  constructor(readonly reason: InvalidEventReason) {
    super(reason);
  }
}

/** The 1-based line of each BEGIN:VEVENT, in file order (ical.js keeps no positions). */
function veventLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) lines.push(index + 1);
  });
  return lines;
}

function instantOf(time: ICAL.Time, property: ICAL.Property, userClock: ZoneClock): number {
  const wall = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.isDate ? 0 : time.hour,
    minute: time.isDate ? 0 : time.minute,
  };
  if (time.isDate) return userClock.instantOf(wall);
  const floating = time.zone === ICAL.Timezone.localTimezone || time.zone?.tzid === 'floating';
  if (!floating) return time.toUnixTime() * 1000;
  const tzid = property.getParameter('tzid');
  if (typeof tzid !== 'string') return userClock.instantOf(wall) + time.second * 1000;
  const clock = zoneClock(tzid);
  if (!clock) throw new InvalidEvent('unknown-time-zone');
  return clock.instantOf(wall) + time.second * 1000;
}

function readTime(
  vevent: ICAL.Component,
  name: 'dtstart' | 'dtend',
  userClock: ZoneClock,
): { at: number; isDate: boolean } | null {
  const property = vevent.getFirstProperty(name);
  if (!property) return null;
  let value: unknown;
  try {
    value = property.getFirstValue();
  } catch {
    throw new InvalidEvent('invalid-date');
  }
  if (!(value instanceof ICAL.Time)) throw new InvalidEvent('invalid-date');
  const at = instantOf(value, property, userClock);
  if (!Number.isFinite(at)) throw new InvalidEvent('invalid-date');
  return { at, isDate: value.isDate };
}

function textOf(vevent: ICAL.Component, name: string): string {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

function readEvent(vevent: ICAL.Component, line: number, userClock: ZoneClock): CalendarEvent {
  const uid = textOf(vevent, 'uid');
  if (uid === '') throw new InvalidEvent('missing-uid');
  const name = textOf(vevent, 'summary');
  if (name === '') throw new InvalidEvent('missing-name');
  const start = readTime(vevent, 'dtstart', userClock);
  if (!start) throw new InvalidEvent('missing-start');
  let endsAt = readTime(vevent, 'dtend', userClock)?.at ?? null;
  if (endsAt === null) {
    const duration = vevent.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) endsAt = start.at + duration.toSeconds() * 1000;
    else if (start.isDate) endsAt = start.at + 86_400_000;
  }
  if (endsAt !== null && endsAt < start.at) throw new InvalidEvent('ends-before-start');
  return {
    uid,
    name,
    startsAt: start.at,
    endsAt,
    allDay: start.isDate,
    location: textOf(vevent, 'location'),
    url: textOf(vevent, 'url'),
    description: textOf(vevent, 'description'),
    line,
  };
}

export function parseCalendar(text: string, { timeZone }: ParseCalendarOptions): ParsedCalendar {
  const userClock = zoneClock(timeZone);
  if (!userClock) throw new RangeError(`Unknown time zone: ${timeZone}`);
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (root.name !== 'vcalendar') return { ok: false, message: 'Not an iCalendar file.' };
  const lines = veventLines(text);
  const events: CalendarEvent[] = [];
  const invalid: InvalidCalendarEvent[] = [];
  root.getAllSubcomponents('vevent').forEach((vevent, index) => {
    // A changed occurrence of a repeating event (RECURRENCE-ID) shares its UID: the event itself
    // is what Hallway keeps.
    if (vevent.hasProperty('recurrence-id')) return;
    const line = lines[index] ?? 0;
    try {
      events.push(readEvent(vevent, line, userClock));
    } catch (error) {
      if (!(error instanceof InvalidEvent)) throw error;
      invalid.push({ line, reason: error.reason, name: textOf(vevent, 'summary') });
    }
  });
  return { ok: true, events, invalid };
}
