// The user's calendar: days in the time zone the OS (or browser) reports, for the follow-up rules.
import { zonedCalendar, type ZonedCalendar } from '../../../shared/follow-ups/zoned-calendar';

let calendar: ZonedCalendar | undefined;

export function userCalendar(): ZonedCalendar {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (calendar?.timeZone !== timeZone) calendar = zonedCalendar(timeZone);
  return calendar;
}
