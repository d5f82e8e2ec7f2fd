// Reads what the follow-up rules need, never all people or all interactions: each rule's input
// is one narrow index range over small rows kept on write (each person's newest interaction by
// meetingAt, keep-in-touch due dates by dueAt), introductions by status, attended shifts by
// [status+endsAt], events of the next days by [deletedAt+startsAt], then per upcoming event its
// likely attendees (read-likely-attendees). The trash is read as primary keys only. One read
// transaction, so the rules see one consistent state. What each item shows beyond that (names,
// last notes) is read for the items on screen only.
import { LIVE, type Interaction } from '../../../shared/domain/entities';
import type { TodayFollowUps } from '../../../shared/follow-ups/classify-follow-ups';
import { computeToday, type TodayInputs } from '../../../shared/follow-ups/compute-today';
import { latestInteractionStamp } from '../../../shared/follow-ups/latest-interaction';
import { recentSince } from '../../../shared/follow-ups/met-at-event-rule';
import {
  COMING_UP_DAYS,
  type FollowUpSettings,
} from '../../../shared/follow-ups/suggested-follow-up';
import { upcomingRange } from '../../../shared/follow-ups/upcoming-event-rule';
import type { ZonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import type { HallwayDatabase } from '../../db/database';
import { readLikelyAttendees } from './read-likely-attendees';
import { numbersAbove, numbersFrom } from '../../db/number-ranges';

/** The newest live interaction of a person that has a note, or undefined. */
export async function lastNoteOf(
  db: HallwayDatabase,
  personId: string,
): Promise<Interaction | undefined> {
  // A person's interactions are few: one getAll beats a filtered cursor.
  const interactions = await db.interactions
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .toArray();
  return interactions.findLast(
    (interaction) => interaction.deletedAt === LIVE && interaction.note.trim() !== '',
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
    [
      db.people,
      db.latestInteractions,
      db.contactDue,
      db.eventMeetings,
      db.introductions,
      db.volunteerShifts,
      db.events,
      db.followUps,
    ],
    async () => {
      const [
        trashed,
        newestMeetings,
        contactsDue,
        madeIntroductions,
        endedShifts,
        upcomingEvents,
        storedActions,
      ] = await Promise.all([
        numbersAbove(db.people.where('deletedAt'), LIVE).primaryKeys(),
        numbersFrom(db.latestInteractions.where('meetingAt'), since).toArray(),
        db.contactDue.where('dueAt').between(1, horizon, true, false).toArray(),
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
      return {
        trashedPeople,
        newestInteractions: newestMeetings.map(latestInteractionStamp),
        contactsDue,
        madeIntroductions,
        endedShifts,
        upcomingEvents,
        attendeesByEvent: await readLikelyAttendees(db, upcomingEvents, trashedPeople),
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
