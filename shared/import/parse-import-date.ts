// Dates as import files write them, parsed strictly (date-fns `parse` with one exact pattern and an
// English locale; anything else is null, never a guess). Times without a zone ("2026-10-01 09:12",
// as Meetup and connpass write them) are the user's local time, which is the event's time zone for
// the people who export them.
import { isValid, parse, parseISO } from 'date-fns';
import { enUS } from 'date-fns/locale';

function strictly(text: string, pattern: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const date = parse(trimmed, pattern, new Date(0), { locale: enUS });
  return isValid(date) ? date.getTime() : null;
}

/** LinkedIn's "Connected On": `12 Mar 2024` → local midnight of that day. */
export function parseDayMonthNameYear(text: string): number | null {
  return strictly(text, 'd MMM yyyy');
}

/** `2026-10-01 09:12` (local time). */
export function parseLocalDateTime(text: string): number | null {
  return strictly(text, 'yyyy-MM-dd HH:mm');
}

/** An ISO 8601 instant with its zone, as Luma writes: `2026-10-20T18:55:10.000Z`. */
export function parseIsoInstant(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return null;
  const date = parseISO(trimmed);
  return isValid(date) ? date.getTime() : null;
}
