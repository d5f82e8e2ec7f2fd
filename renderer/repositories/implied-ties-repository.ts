// Ties the user's data already implies between a person and others, besides the relationships the
// user states: introductions the user made between them (made or connected), and people the user
// met at the same events. Read from the source and derived tables as they are, never stored:
// the person's meetings at events through their [personId+at] interactions, then who else was met
// at each of those events through eventMeetings' [eventId+personId] key (keys only). Live people
// and events only: trashed people are left out by their ids from the deletedAt index, so only the
// people shown are read whole, however many the person's events gathered.
import Dexie from 'dexie';
import {
  LIVE,
  type HallwayEvent,
  type Introduction,
  type Person,
} from '../../shared/domain/entities';
import { eventMeetingOf } from '../../shared/follow-ups/upcoming-event-rule';
import type { HallwayDatabase } from '../db/database';
import { numbersAbove } from '../db/number-ranges';

export interface IntroducedTie {
  introduction: Introduction;
  other: Person;
}

export interface MetAtSameEventsTie {
  other: Person;
  /** The live events where the user met both, newest first. */
  events: HallwayEvent[];
}

export interface MetAtSameEvents {
  /** The first `limit` people, those met at the most events together first. */
  ties: MetAtSameEventsTie[];
  /** How many people there are in all. */
  total: number;
}

const DONE_STATUSES = new Set(['made', 'connected']);

export async function introducedTiesOf(
  db: HallwayDatabase,
  personId: string,
): Promise<IntroducedTie[]> {
  const [asA, asB] = await Promise.all([
    db.introductions.where('aId').equals(personId).toArray(),
    db.introductions.where('bId').equals(personId).toArray(),
  ]);
  const done = [...asA, ...asB].filter(
    (row) => row.deletedAt === LIVE && DONE_STATUSES.has(row.status),
  );
  const others = await db.people.bulkGet(
    done.map((row) => (row.aId === personId ? row.bId : row.aId)),
  );
  return done
    .map((introduction, index) => ({ introduction, other: others[index] }))
    .filter((tie): tie is IntroducedTie => tie.other?.deletedAt === LIVE)
    .sort((a, b) => (b.introduction.madeAt ?? 0) - (a.introduction.madeAt ?? 0));
}

export async function metAtSameEventsOf(
  db: HallwayDatabase,
  personId: string,
  limit: number,
): Promise<MetAtSameEvents> {
  const interactions = await db.interactions
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .toArray();
  const eventIds = [...new Set(interactions.flatMap((row) => eventMeetingOf(row)?.eventId ?? []))];
  const [events, trashedPeople] = await Promise.all([
    db.events.bulkGet(eventIds),
    numbersAbove(db.people.where('deletedAt'), 0).primaryKeys(),
  ]);
  const liveEvents = events
    .filter((event): event is HallwayEvent => event?.deletedAt === LIVE)
    .sort((a, b) => b.startsAt - a.startsAt);
  const metAt = await Promise.all(
    liveEvents.map((event) =>
      db.eventMeetings
        .where('[eventId+personId]')
        .between([event.id, Dexie.minKey], [event.id, Dexie.maxKey])
        .primaryKeys(),
    ),
  );
  // Who else was met at each event, newest event first; only the people shown are read whole.
  const left = new Set([personId, ...trashedPeople]);
  const eventsByPerson = new Map<string, HallwayEvent[]>();
  liveEvents.forEach((event, index) => {
    for (const [, otherId] of metAt[index]!) {
      if (left.has(otherId)) continue;
      eventsByPerson.set(otherId, [...(eventsByPerson.get(otherId) ?? []), event]);
    }
  });
  const ranked = [...eventsByPerson].sort(
    ([idA, a], [idB, b]) =>
      b.length - a.length || b[0]!.startsAt - a[0]!.startsAt || (idA < idB ? -1 : 1),
  );
  const shown = ranked.slice(0, limit);
  const people = await db.people.bulkGet(shown.map(([id]) => id));
  const ties = shown.flatMap(([, shared], index) => {
    const other = people[index];
    return other ? [{ other, events: shared }] : [];
  });
  return { ties, total: ranked.length };
}
