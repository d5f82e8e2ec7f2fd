// The event an attendee list was imported into before, so that importing it again attaches to
// that event instead of making a second one (and the write then skips the meetings and shifts it
// already recorded). An event is the same when it has the file's own event page, or the same name
// (ignoring case, width and spacing) on the same day in the user's time zone. When the file gives
// no date, the newest event of that name is offered: the preview shows it, and the user can pick
// another.
import type { HallwayEvent } from '../domain/entities';
import { wallDateKey, zoneClock } from '../time/zone-clock';

export interface WantedEvent {
  name: string;
  /** The event's start, when the file says it. */
  startsAt?: number;
  url?: string;
}

export function eventNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function urlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
}

/** The live event the wanted one already is, or null (newest first when several are). */
export function recogniseEvent(
  events: readonly HallwayEvent[],
  wanted: WantedEvent,
  timeZone: string,
): HallwayEvent | null {
  const live = events
    .filter((event) => event.deletedAt === 0)
    .sort((a, b) => b.startsAt - a.startsAt);
  const url = wanted.url ? urlKey(wanted.url) : '';
  if (url !== '') {
    const byUrl = live.find((event) => event.url !== '' && urlKey(event.url) === url);
    if (byUrl) return byUrl;
  }
  const name = eventNameKey(wanted.name);
  if (name === '') return null;
  const named = live.filter((event) => eventNameKey(event.name) === name);
  if (wanted.startsAt === undefined) return named[0] ?? null;
  const clock = zoneClock(timeZone) ?? zoneClock('UTC')!;
  const day = (at: number) => wallDateKey(clock.wallTimeAt(at));
  const wantedDay = day(wanted.startsAt);
  return named.find((event) => day(event.startsAt) === wantedDay) ?? null;
}
