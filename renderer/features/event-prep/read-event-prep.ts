// The reads behind an upcoming event's prep (who is likely there, what you owe them, introductions
// worth making among them) and its cheat sheet. Who was met at an event is read from eventMeetings
// as primary keys; the series' latest earlier events (SERIES_EVENTS_READ) from the
// [series+startsAt] index; the rest by the people's ids. The choices are pure (shared/events).
import Dexie from 'dexie';
import {
  LIVE,
  type FollowUp,
  type HallwayEvent,
  type Person,
  type VolunteerShift,
} from '../../../shared/domain/entities';
import { suggestIntroductionsAmong } from '../../../shared/events/introductions-among';
import {
  rankLikelyAttendees,
  type SeriesAttendance,
} from '../../../shared/events/likely-attendees';
import type { LatestInteraction } from '../../../shared/follow-ups/latest-interaction';
import { pairKey } from '../../../shared/suggestions/introduction-profile';
import type { IntroductionSuggestion } from '../../../shared/suggestions/suggest-introductions';
import type { HallwayDatabase } from '../../db/database';

export interface LikelyAttendee {
  person: Person;
  /** Met at the event already (an RSVP or attendee import) or on its roster. */
  linked: boolean;
  shift?: Pick<VolunteerShift, 'role' | 'status'>;
  series?: SeriesAttendance;
  /** Their newest interaction, and the event it was at. */
  latest?: LatestInteraction;
  latestEventName?: string;
  /** Follow-ups stored as open or snoozed. */
  followUps: FollowUp[];
  /** Met at an event with nothing logged since, and that follow-up not done or dismissed. */
  unansweredMeeting: boolean;
}

export interface EventPrep {
  attendees: LikelyAttendee[];
  more: number;
  introductions: IntroductionSuggestion[];
  topicLabels: ReadonlyMap<string, string>;
}

/** Who was met at each event, as person ids, from eventMeetings' primary keys. */
export async function peopleMetAt(db: HallwayDatabase, eventId: string): Promise<string[]> {
  const keys = await db.eventMeetings
    .where('[eventId+personId]')
    .between([eventId, Dexie.minKey], [eventId, Dexie.maxKey])
    .primaryKeys();
  return keys.map(([, personId]) => personId);
}

/**
 * How many of the series' latest earlier events count: a year of a weekly meetup. Who came to a
 * series years ago says little about who comes next week, and each event is one index read.
 */
export const SERIES_EVENTS_READ = 52;

async function earlierInSeries(db: HallwayDatabase, event: HallwayEvent) {
  if (event.series === '') return [];
  const events = await db.events
    .where('[series+startsAt]')
    .between([event.series, -Infinity], [event.series, event.startsAt])
    .reverse()
    .filter((other) => other.deletedAt === LIVE && other.id !== event.id)
    .limit(SERIES_EVENTS_READ)
    .toArray();
  return Promise.all(
    events.map(async ({ id, startsAt }) => ({ startsAt, personIds: await peopleMetAt(db, id) })),
  );
}

async function excludedPairs(db: HallwayDatabase, personIds: readonly string[]) {
  const [asA, asB, dismissed] = await Promise.all([
    db.introductions.where('aId').anyOf(personIds).toArray(),
    db.introductions.where('bId').anyOf(personIds).toArray(),
    db.introductionDismissals.toCollection().primaryKeys(),
  ]);
  return new Set([
    ...[...asA, ...asB]
      .filter(({ deletedAt }) => deletedAt === LIVE)
      .map(({ aId, bId }) => pairKey(aId, bId)),
    ...dismissed,
  ]);
}

export async function readEventPrep(db: HallwayDatabase, event: HallwayEvent): Promise<EventPrep> {
  const [metThere, shifts, series, trashed] = await Promise.all([
    peopleMetAt(db, event.id),
    db.volunteerShifts.where('eventId').equals(event.id).toArray(),
    earlierInSeries(db, event),
    db.people.where('deletedAt').above(LIVE).primaryKeys(),
  ]);
  // A weekly series' regulars are thousands: only the trashed few are looked up to leave them
  // out, and only the people shown are read whole.
  const trashedIds = new Set(trashed);
  const ranked = rankLikelyAttendees({
    metThere,
    shifts,
    earlierInSeries: series,
    isLive: (id) => !trashedIds.has(id),
  });
  const shown = [...ranked.linked, ...ranked.fromSeries.map(({ personId }) => personId)];
  const people = new Map(
    (await db.people.bulkGet(shown)).flatMap((person) =>
      person ? [[person.id, person] as const] : [],
    ),
  );
  const sortName = (id: string) => people.get(id)?.sortName ?? '';
  const ids = [
    ...ranked.linked.sort((a, b) => sortName(a).localeCompare(sortName(b))),
    ...ranked.fromSeries.map(({ personId }) => personId),
  ].filter((id) => people.has(id));
  const topicKeys = [
    ...new Set(
      ids.flatMap((id) => {
        const { interests, offers, asks } = people.get(id)!;
        return [...interests, ...offers, ...asks];
      }),
    ),
  ];
  const [latest, followUps, excluded, topics] = await Promise.all([
    db.latestInteractions.bulkGet(ids),
    db.followUps.where('personId').anyOf(ids).toArray(),
    excludedPairs(db, ids),
    db.topics.bulkGet(topicKeys),
  ]);
  const latestById = new Map(latest.flatMap((row) => (row ? [[row.personId, row] as const] : [])));
  const eventNames = new Map(
    (await db.events.bulkGet([...new Set(latest.flatMap((row) => row?.eventId ?? []))])).flatMap(
      (row) => (row ? [[row.id, row.name] as const] : []),
    ),
  );
  const settled = new Set(
    followUps
      .filter(({ status }) => status === 'done' || status === 'dismissed')
      .map(({ rule }) => rule),
  );
  const seriesById = new Map(ranked.fromSeries.map((entry) => [entry.personId, entry]));
  const shiftById = new Map(
    shifts
      .filter((shift) => shift.deletedAt === LIVE && shift.status !== 'cancelled')
      .map((shift) => [shift.personId, shift]),
  );
  const attendees = ids.map((id): LikelyAttendee => {
    const row = latestById.get(id);
    return {
      person: people.get(id)!,
      linked: !seriesById.has(id),
      shift: shiftById.get(id),
      series: seriesById.get(id),
      latest: row,
      latestEventName: row?.eventId ? eventNames.get(row.eventId) : undefined,
      followUps: followUps
        .filter((f) => f.personId === id && (f.status === 'open' || f.status === 'snoozed'))
        .sort((a, b) => a.dueAt - b.dueAt),
      unansweredMeeting:
        row?.meetingAt !== undefined &&
        row.eventId !== event.id &&
        !settled.has(`met:${row.interactionId}`),
    };
  });
  const introductions = suggestIntroductionsAmong(
    attendees.map(({ person }) => person),
    event.id,
    excluded,
  );
  return {
    attendees,
    more: ranked.more,
    introductions,
    topicLabels: new Map(topics.flatMap((topic) => (topic ? [[topic.key, topic.label]] : []))),
  };
}
