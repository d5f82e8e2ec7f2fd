// Dates as import files write them, parsed strictly: one exact pattern each, English month
// abbreviations, and a date that does not exist (31 Feb) is null, never a guess. Times without a
// zone ("2026-10-01 09:12", as Meetup and connpass write them) are the user's local time, which is
// the event's time zone for the people who export them. Hand-written patterns rather than
// date-fns `parse`, which costs about 0.1 ms a call: 50,000 LinkedIn rows would spend seconds here.
import { isValid, parseISO } from 'date-fns';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_NAME_YEAR = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** Local time of a calendar date and time, or null when the date or time does not exist. */
function localTime(year: number, month: number, day: number, hour = 0, minute = 0): number | null {
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59) return null;
  const date = new Date(year, month, day, hour, minute);
  date.setFullYear(year);
  return date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/** LinkedIn's "Connected On": `12 Mar 2024` → local midnight of that day. */
export function parseDayMonthNameYear(text: string): number | null {
  const match = DAY_MONTH_NAME_YEAR.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.indexOf(match[2]!.toLowerCase());
  return month === -1 ? null : localTime(Number(match[3]), month, Number(match[1]));
}

/** `2026-10-01 09:12` (local time). */
export function parseLocalDateTime(text: string): number | null {
  const match = LOCAL_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return localTime(year, month - 1, day, hour, minute);
}

/** An ISO 8601 instant with its zone, as Luma writes: `2026-10-20T18:55:10.000Z`. */
export function parseIsoInstant(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return null;
  const date = parseISO(trimmed);
  return isValid(date) ? date.getTime() : null;
}
