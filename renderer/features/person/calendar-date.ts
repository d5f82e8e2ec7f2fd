// Dates as the date inputs of the timeline show them (yyyy-MM-dd, local time) and back. A day
// picked for an interaction becomes that day's current time when it is today (so today's entries
// keep the order they were logged in) and local noon otherwise.
import { format, parse, setHours, startOfDay } from 'date-fns';

export function toDateInputValue(at: number): string {
  return format(at, 'yyyy-MM-dd');
}

export function fromDateInputValue(value: string, now: number = Date.now()): number | null {
  const day = parse(value, 'yyyy-MM-dd', new Date(now));
  if (Number.isNaN(day.getTime())) return null;
  if (startOfDay(now).getTime() === day.getTime()) return now;
  return setHours(day, 12).getTime();
}
