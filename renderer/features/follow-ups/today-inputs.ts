// Reads what the follow-up rules need, never all people or all interactions: each rule's input
// is one narrow index range (interactions of the last 30 days by `at`, people due by
// [deletedAt+nextContactDueAt], introductions by status, attended shifts by [status+endsAt],
// events of the next days by [deletedAt+startsAt], then per upcoming event its series' last few
// events, their meetings by eventId and each likely attendee's last note by [personId+at]). The
// trash is read as primary keys only. One read transaction, so the rules see one consistent state.
import { LIVE, type Interaction } from '../../../shared/domain/entities';
import type { TodayFollowUps } from '../../../shared/follow-ups/classify-follow-ups';
import { computeToday, type TodayInputs } from '../../../shared/follow-ups/compute-today';
import { recentSince } from '../../../shared/follow-ups/met-at-event-rule';
import {
  COMING_UP_DAYS,
  type FollowUpSettings,
} from '../../../shared/follow-ups/suggested-follow-up';
import {
  earlierInSeries,
  likelyAttendees,
  upcomingRange,
  type ScheduledEvent,
} from '../../../shared/follow-ups/upcoming-event-rule';
import type { ZonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import type { HallwayDatabase } from '../../db/database';

/** The newest live interaction of a person that has a note, or undefined. */
export async function lastNoteOf(
  db: HallwayDatabase,
  personId: string,
): Promise<Interaction | undefined> {
  return db.interactions
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .reverse()
    .filter((interaction) => interaction.deletedAt === LIVE && interaction.note.trim() !== '')
    .first();
}

async function upcomingAttendees(
  db: HallwayDatabase,
  events: readonly ScheduledEvent[],
  trashedPeople: ReadonlySet<string>,
): Promise<Map<string, readonly string[]>> {
  const series = [...new Set(events.map((event) => event.series).filter((name) => name !== ''))];
  const seriesEvents = new Map(
    await Promise.all(
      series.map(
        async (name) => [name, await db.events.where('series').equals(name).toArray()] as const,
      ),
    ),
  );
  const earlierByEvent = new Map(
    events.map((event) => [event.id, earlierInSeries(event, seriesEvents.get(event.series) ?? [])]),
  );
  // Upcoming events of one series share their earlier events: each is read once.
  const earlierIds = [...new Set([...earlierByEvent.values()].flat().map((event) => event.id))];
  const [meetings, shifts] = await Promise.all([
    earlierIds.length === 0 ? [] : db.interactions.where('eventId').anyOf(earlierIds).toArray(),
    db.volunteerShifts
      .where('eventId')
      .anyOf(events.map((event) => event.id))
      .toArray(),
  ]);
  return new Map(
    events.map((event) => [
      event.id,
      likelyAttendees(event, earlierByEvent.get(event.id) ?? [], meetings, shifts, trashedPeople),
    ]),
  );
}

export async function readTodayInputs(
  db: HallwayDatabase,
  calendar: ZonedCalendar,
  now: number,
): Promise<TodayInputs> {
  const since = recentSince(calendar, now);
  const horizon = calendar.addDays(now, COMING_UP_DAYS + 1);
  const [upcomingFrom, upcomingUntil] = upcomingRange(calendar, now);
  return db.transaction(
    'r',
    [db.people, db.interactions, db.introductions, db.volunteerShifts, db.events, db.followUps],
    async () => {
      const [
        trashed,
        recentInteractions,
        contactsDue,
        madeIntroductions,
        endedShifts,
        upcomingEvents,
        storedActions,
      ] = await Promise.all([
        db.people.where('deletedAt').above(LIVE).primaryKeys(),
        db.interactions.where('at').aboveOrEqual(since).toArray(),
        db.people
          .where('[deletedAt+nextContactDueAt]')
          .between([LIVE, 1], [LIVE, horizon], true, false)
          .toArray(),
        db.introductions.where('status').equals('made').toArray(),
        db.volunteerShifts
          .where('[status+endsAt]')
          .between(['attended', since], ['attended', now], true, false)
          .toArray(),
        db.events
          .where('[deletedAt+startsAt]')
          .between([LIVE, upcomingFrom], [LIVE, upcomingUntil], true, false)
          .toArray(),
        db.followUps.toArray(),
      ]);
      const trashedPeople = new Set(trashed);
      const attendeesByEvent = await upcomingAttendees(db, upcomingEvents, trashedPeople);
      const attendees = new Set([...attendeesByEvent.values()].flat());
      const notes = await Promise.all(
        [...attendees].map(
          async (personId) => [personId, (await lastNoteOf(db, personId))?.note ?? ''] as const,
        ),
      );
      return {
        trashedPeople,
        recentInteractions,
        contactsDue: contactsDue.map((person) => ({
          id: person.id,
          nextContactDueAt: person.nextContactDueAt ?? 0,
        })),
        madeIntroductions,
        endedShifts,
        upcomingEvents,
        attendeesByEvent,
        lastNotes: new Map(notes.filter(([, note]) => note !== '')),
        storedActions,
      };
    },
  );
}

/** The Today view: the rules over their inputs, read from the database. */
export async function loadTodayFollowUps(
  db: HallwayDatabase,
  settings: FollowUpSettings,
  calendar: ZonedCalendar,
  now: number,
): Promise<TodayFollowUps> {
  return computeToday(await readTodayInputs(db, calendar, now), settings, calendar, now);
}
