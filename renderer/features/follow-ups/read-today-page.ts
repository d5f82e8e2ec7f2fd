// Reads the Today view's page (see shared/follow-ups/today-page): in one read transaction, the
// three long queues (unansweredMeetings for rule 1, contactDueByDate for rule 2,
// unansweredIntroductions for rule 3) are counted per section (the whole weeks it spans from
// queueWeekCounts, the rest by primary-key range) and read only as far as its first page, plus
// the rows something rare is true of (a stored action, a person in the trash). The short inputs
// are read whole: attended shifts of the last weeks, the next days' events, stored actions. Then
// the rules run over what was read. Rule 5 only needs to know whether anyone is likely at an
// event to make its item; who exactly (everyone met at the series' last events, ranked) is read
// for the events whose items are on the page.
import { LIVE, type FollowUp, type Introduction } from '../../../shared/domain/entities';
import { computeToday } from '../../../shared/follow-ups/compute-today';
import {
  INTRODUCTION_CHECK_IN_KEY,
  unansweredIntroductionOf,
  type UnansweredIntroduction,
} from '../../../shared/follow-ups/introduction-check-in-rule';
import type { ContactDueRow } from '../../../shared/follow-ups/keep-in-touch-rule';
import {
  unansweredMeetingOf,
  unansweredMeetingStamp,
  type UnansweredMeeting,
} from '../../../shared/follow-ups/latest-interaction';
import { recentSince } from '../../../shared/follow-ups/met-at-event-rule';
import type {
  FollowUpSettings,
  SuggestedFollowUp,
} from '../../../shared/follow-ups/suggested-follow-up';
import {
  sectionDueRanges,
  sectionIntroductionRanges,
  sectionMeetingRanges,
  todayPage,
  TODAY_SECTIONS,
  type PerSection,
  type TodayPage,
} from '../../../shared/follow-ups/today-page';
import { upcomingRange } from '../../../shared/follow-ups/upcoming-event-rule';
import type { ZonedCalendar } from '../../../shared/follow-ups/zoned-calendar';
import type { HallwayDatabase } from '../../db/database';
import { numbersAbove } from '../../db/number-ranges';
import { readLikelyAttendeesIn, readUpcomingEventsContext } from './read-likely-attendees';
import { countPerSection, readWindows } from './read-queue-sections';

/** Who something rare is true of in a queue: a stored action on their item, or the trash. */
function rarePeople(actions: readonly FollowUp[], prefix: string, trashed: readonly string[]) {
  const people = new Set(trashed);
  for (const action of actions) if (action.rule.startsWith(prefix)) people.add(action.personId);
  return [...people];
}

/** The introductions a stored action names (its rule is the check-in's key). */
function actedOnIntroductions(actions: readonly FollowUp[]): string[] {
  return actions.flatMap((action) =>
    action.rule.startsWith(INTRODUCTION_CHECK_IN_KEY)
      ? action.rule.slice(INTRODUCTION_CHECK_IN_KEY.length)
      : [],
  );
}

/** The queued introductions something rare is true of: a stored action, a person in the trash. */
function readRareIntroductions(
  db: HallwayDatabase,
  actions: readonly FollowUp[],
  trashed: readonly string[],
): Promise<UnansweredIntroduction[]> {
  const ofTrashed = (side: 'aId' | 'bId') =>
    trashed.length === 0 ? [] : db.introductions.where(side).anyOf(trashed).toArray();
  return Promise.all([
    db.introductions.bulkGet(actedOnIntroductions(actions)),
    ofTrashed('aId'),
    ofTrashed('bId'),
  ]).then((found) =>
    found
      .flat()
      .flatMap((row: Introduction | undefined) => (row && unansweredIntroductionOf(row)) ?? []),
  );
}

/** The page with the upcoming events' people as found by reading everyone met before. */
function withAttendees(
  page: TodayPage,
  attendees: ReadonlyMap<string, readonly string[]>,
): TodayPage {
  const named = (items: readonly SuggestedFollowUp[]) =>
    items.map((item) => {
      const personIds = item.rule === 'upcoming' && item.eventId && attendees.get(item.eventId);
      return personIds ? { ...item, personIds } : item;
    });
  return {
    ...page,
    overdue: named(page.overdue),
    dueToday: named(page.dueToday),
    comingUp: named(page.comingUp),
  };
}

const byPerson = <Row extends { personId: string }>(rows: Iterable<Row>) =>
  new Map([...rows].map((row) => [row.personId, row] as const));

const byId = <Row extends { id: string }>(rows: Iterable<Row>) =>
  new Map([...rows].map((row) => [row.id, row] as const));

export async function readTodayPage(
  db: HallwayDatabase,
  settings: FollowUpSettings,
  calendar: ZonedCalendar,
  now: number,
  limits: PerSection<number>,
): Promise<TodayPage> {
  const dueRanges = sectionDueRanges(calendar, now);
  const meetingRanges = sectionMeetingRanges(calendar, now, settings.followUpWindowDays);
  const introductionRanges = sectionIntroductionRanges(
    calendar,
    now,
    settings.introductionCheckInDays,
  );
  const [upcomingFrom, upcomingUntil] = upcomingRange(calendar, now);
  const since = recentSince(calendar, now);
  return db.transaction(
    'r',
    [
      db.people,
      db.contactDue,
      db.contactDueByDate,
      db.latestInteractions,
      db.unansweredMeetings,
      db.unansweredIntroductions,
      db.queueWeekCounts,
      db.interactions,
      db.eventMeetings,
      db.introductions,
      db.volunteerShifts,
      db.events,
      db.followUps,
    ],
    async () => {
      // The few rows that decide how far to read are awaited first; the rest is already asked for.
      const trashedRead = numbersAbove(db.people.where('deletedAt'), LIVE).primaryKeys();
      const storedActionsRead = db.followUps.toArray();
      const upcomingEventsRead = db.events
        .where('[deletedAt+startsAt]')
        .between([LIVE, upcomingFrom], [LIVE, upcomingUntil], true, false)
        .toArray();
      const shortInputsRead = Promise.all([
        db.volunteerShifts
          .where('[status+endsAt]')
          .between(['attended', since], ['attended', now], true, false)
          .toArray(),
        // Whether anyone is likely at each upcoming event: a few keys per earlier event. Who
        // exactly is read below, for the events on the page only.
        Promise.all([upcomingEventsRead, trashedRead]).then(([events, trashed]) =>
          readUpcomingEventsContext(db, events).then((context) =>
            readLikelyAttendeesIn(db, context, new Set(trashed), {
              atMost: trashed.length + 1,
            }).then((someAttendees) => ({ context, someAttendees })),
          ),
        ),
      ]);
      const countsRead = Promise.all([
        countPerSection(db, db.contactDueByDate, dueRanges),
        countPerSection(db, db.unansweredMeetings, meetingRanges),
        countPerSection(db, db.unansweredIntroductions, introductionRanges),
      ]);
      const [trashed, storedActions] = await Promise.all([trashedRead, storedActionsRead]);
      // Trashed people have no contactDue row; their meetings stay in the queue.
      const rareDue = rarePeople(storedActions, 'cadence:', []);
      const rareMeetings = rarePeople(storedActions, 'met:', trashed);
      const rareIntroductionsRead = readRareIntroductions(db, storedActions, trashed);
      const [dueWindows, meetingWindows, introductionWindows, rareDueRows, rareLatest] =
        await Promise.all([
          readWindows(
            db.contactDueByDate,
            dueRanges,
            limits,
            rareDue.length,
            (row: ContactDueRow) => [row.dueAt, row.personId],
            (dueAt) => dueAt + 1,
          ),
          readWindows(
            db.unansweredMeetings,
            meetingRanges,
            limits,
            rareMeetings.length,
            (row: UnansweredMeeting) => [row.at, row.personId],
            (at) => calendar.addDays(at, 1),
          ),
          rareIntroductionsRead.then((rare) =>
            readWindows(
              db.unansweredIntroductions,
              introductionRanges,
              limits,
              rare.length,
              (row: UnansweredIntroduction) => [row.at, row.id],
              (at) => calendar.addDays(at, 1),
            ).then((windows) => [...windows, ...rare]),
          ),
          db.contactDue.bulkGet(rareDue),
          db.latestInteractions.bulkGet(rareMeetings),
        ]);
      const [[endedShifts, upcoming], upcomingEvents, counts] = await Promise.all([
        shortInputsRead,
        upcomingEventsRead,
        countsRead,
      ]);
      const [dueCounts, meetingCounts, introductionCounts] = counts;
      const introductions = byId(introductionWindows);
      const due = byPerson([...dueWindows, ...rareDueRows.filter((row) => row !== undefined)]);
      const meetings = byPerson([
        ...meetingWindows,
        ...rareLatest.flatMap((row) => (row && unansweredMeetingOf(row)) ?? []),
      ]);
      const trashedPeople = new Set(trashed);
      const computed = computeToday(
        {
          trashedPeople,
          newestInteractions: [...meetings.values()].map(unansweredMeetingStamp),
          contactsDue: [...due.values()],
          madeIntroductions: [...introductions.values()],
          endedShifts,
          upcomingEvents,
          attendeesByEvent: upcoming.someAttendees,
          storedActions,
        },
        settings,
        calendar,
        now,
      );
      const page = todayPage(
        computed,
        [
          {
            ranges: dueRanges,
            counts: dueCounts,
            readValues: [...due.values()].map((row) => row.dueAt),
          },
          {
            ranges: meetingRanges,
            counts: meetingCounts,
            readValues: [...meetings.values()].map((row) => row.at),
          },
          {
            ranges: introductionRanges,
            counts: introductionCounts,
            readValues: [...introductions.values()].map((row) => row.at),
          },
        ],
        limits,
      );
      const onPage = new Set(
        TODAY_SECTIONS.flatMap((section) =>
          page[section].flatMap((item) => (item.rule === 'upcoming' ? (item.eventId ?? []) : [])),
        ),
      );
      if (onPage.size === 0) return page;
      const attendees = await readLikelyAttendeesIn(db, upcoming.context, trashedPeople, {
        eventIds: onPage,
      });
      return withAttendees(page, attendees);
    },
  );
}
