// "3 months ago", "yesterday", "3か月前": a past moment relative to now, in the UI language, through
// Intl.RelativeTimeFormat. The unit is the largest whole one (years, months, weeks, days), so a
// contact 40 days ago reads "last month" rather than "40 days ago".
import {
  differenceInCalendarDays,
  differenceInCalendarMonths,
  differenceInCalendarWeeks,
  differenceInCalendarYears,
} from 'date-fns';

export function formatRelativePast(at: number, now: number, language: string): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const years = differenceInCalendarYears(now, at);
  if (years > 0 && differenceInCalendarMonths(now, at) >= 12) return format.format(-years, 'year');
  const months = differenceInCalendarMonths(now, at);
  if (months > 0 && differenceInCalendarDays(now, at) >= 28) return format.format(-months, 'month');
  const weeks = differenceInCalendarWeeks(now, at);
  if (weeks > 0 && differenceInCalendarDays(now, at) >= 7) return format.format(-weeks, 'week');
  return format.format(-Math.max(0, differenceInCalendarDays(now, at)), 'day');
}
