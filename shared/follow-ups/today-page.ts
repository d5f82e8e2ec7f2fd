// The Today view as the screen shows it: how many items each section holds, and only the first
// few of each. Rules 1, 2 and 3 can make thousands of items at 50,000 people, so they are not all
// read: their rows are kept ordered by date (unansweredMeetings by meeting time, contactDueByDate
// by due date, unansweredIntroductions by when made), each section is a range of that order,
// counted without reading it, and read only as far as its first page. The rules still run on what
// is read (computeToday), so a page holds exactly what the whole computation would put first.
// What makes a row show elsewhere than its natural place (an action the user stored for it, a
// person in the trash) is rare, so those rows are read too and counted by what the rules make of
// them. See read-today-page (renderer).
import type { TodayFollowUps } from './classify-follow-ups';
import { COMING_UP_DAYS } from './suggested-follow-up';
import { recentSince } from './met-at-event-rule';
import type { ZonedCalendar } from './zoned-calendar';

export const TODAY_SECTIONS = ['overdue', 'dueToday', 'comingUp'] as const;
export type TodaySection = (typeof TODAY_SECTIONS)[number];
export type PerSection<T> = Record<TodaySection, T>;

/** A half-open range [from, until) of a queue's ordering value (a due date, a meeting time). */
export type QueueRange = readonly [from: number, until: number];

export interface TodayPage extends TodayFollowUps {
  /** How many items each section holds in all; the arrays hold the first ones. */
  counts: PerSection<number>;
}

/** Each section's due dates: before today, today, and the next COMING_UP_DAYS days. */
export function sectionDueRanges(calendar: ZonedCalendar, now: number): PerSection<QueueRange> {
  const today = calendar.startOfDay(now);
  const tomorrow = calendar.addDays(now, 1);
  return {
    overdue: [-Infinity, today],
    dueToday: [today, tomorrow],
    comingUp: [tomorrow, calendar.addDays(now, COMING_UP_DAYS + 1)],
  };
}

/**
 * Each section's range of a queue whose rows fall due at the start of the day `days` days after
 * the day of their value: the section's due days shifted back by `days`, kept within
 * [since, visibleUntil) (rows outside it are in no section: too old, or not shown yet).
 */
function shiftedSectionRanges(
  calendar: ZonedCalendar,
  now: number,
  days: number,
  since: number,
  visibleUntil: number,
): PerSection<QueueRange> {
  const due = sectionDueRanges(calendar, now);
  const shift = (at: number) => (Number.isFinite(at) ? calendar.addDays(at, -days) : at);
  const shifted = (section: TodaySection): QueueRange => {
    const [from, until] = due[section];
    return [Math.max(since, shift(from)), Math.min(visibleUntil, shift(until))];
  };
  return {
    overdue: shifted('overdue'),
    dueToday: shifted('dueToday'),
    comingUp: shifted('comingUp'),
  };
}

/**
 * Each section's meeting times for rule 1. A meeting shows from the day after it and is due
 * `windowDays` days after its day; meetings older than RECENT_DAYS or from today are in none.
 */
export function sectionMeetingRanges(
  calendar: ZonedCalendar,
  now: number,
  windowDays: number,
): PerSection<QueueRange> {
  const since = recentSince(calendar, now);
  return shiftedSectionRanges(calendar, now, windowDays, since, calendar.startOfDay(now));
}

/**
 * Each section's times of introductions made, for rule 3: a check-in shows from the day it is
 * due, `delayDays` days after the day the introduction was made, so none is coming up.
 */
export function sectionIntroductionRanges(
  calendar: ZonedCalendar,
  now: number,
  delayDays: number,
): PerSection<QueueRange> {
  const shownUntil = calendar.addDays(now, 1 - delayDays);
  return shiftedSectionRanges(calendar, now, delayDays, -Infinity, shownUntil);
}

/** The section whose range holds `value`, or undefined. */
export function sectionOf(ranges: PerSection<QueueRange>, value: number): TodaySection | undefined {
  return TODAY_SECTIONS.find((section) => {
    const [from, until] = ranges[section];
    return value >= from && value < until;
  });
}

/** One ordered queue as read: how many rows each section holds, and the rows read of them. */
export interface QueueRead {
  ranges: PerSection<QueueRange>;
  counts: PerSection<number>;
  /** The ordering value of every row read (windows and rare rows alike, each row once). */
  readValues: Iterable<number>;
}

/**
 * The page: `computed` is computeToday over everything read; a queue row that was not read shows
 * in its natural section (nothing rare is true of it), so each section's count is what was
 * computed plus the rows not read.
 */
export function todayPage(
  computed: TodayFollowUps,
  queues: readonly QueueRead[],
  limits: PerSection<number>,
): TodayPage {
  const counts: PerSection<number> = {
    overdue: computed.overdue.length,
    dueToday: computed.dueToday.length,
    comingUp: computed.comingUp.length,
  };
  for (const queue of queues) {
    const unread = { ...queue.counts };
    for (const value of queue.readValues) {
      const section = sectionOf(queue.ranges, value);
      if (section) unread[section] -= 1;
    }
    for (const section of TODAY_SECTIONS) counts[section] += unread[section];
  }
  return {
    overdue: computed.overdue.slice(0, limits.overdue),
    dueToday: computed.dueToday.slice(0, limits.dueToday),
    comingUp: computed.comingUp.slice(0, limits.comingUp),
    counts,
  };
}
