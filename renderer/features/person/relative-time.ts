// "3 days ago", "last month", "2年前": how long ago something was, in the UI language (Intl), in
// the largest whole unit of days, months or years.
import {
  differenceInCalendarDays,
  differenceInCalendarMonths,
  differenceInCalendarYears,
} from 'date-fns';

export function relativeTime(at: number, now: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const days = differenceInCalendarDays(at, now);
  if (Math.abs(days) < 31) return format.format(days, 'day');
  const months = differenceInCalendarMonths(at, now);
  if (Math.abs(months) < 12) return format.format(months, 'month');
  return format.format(differenceInCalendarYears(at, now), 'year');
}
