// A calendar file's preview: its bytes read as UTF-8 (RFC 5545's charset), its events parsed
// with ical.js and planned against the stored events. The parser, and ical.js with it, is loaded
// here with a dynamic import, so it reaches the page only when someone imports a calendar.
import type { CalendarEvent, InvalidCalendarEvent } from '../../../shared/calendar/parse-ics';
import type { CalendarImportPlan } from '../../../shared/calendar/plan-calendar-import';
import { planCalendarImport } from '../../../shared/calendar/plan-calendar-import';
import type { HallwayDatabase } from '../../db/database';
import { findEventsByCalendarUid } from '../../repositories/calendar-events-repository';

/** A calendar of a few years of weekly events is well under 1 MB. */
export const MAX_CALENDAR_BYTES = 10 * 1024 * 1024;

export type CalendarPreview =
  | {
      kind: 'preview';
      fileName: string;
      events: CalendarEvent[];
      plan: CalendarImportPlan;
      invalid: InvalidCalendarEvent[];
    }
  | { kind: 'failed'; fileName: string; message: string };

export async function previewCalendarFile(
  db: HallwayDatabase,
  fileName: string,
  bytes: Uint8Array,
  timeZone: string,
): Promise<CalendarPreview> {
  const { parseCalendar } = await import('../../../shared/calendar/parse-ics');
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = parseCalendar(text, { timeZone });
  if (!parsed.ok) return { kind: 'failed', fileName, message: parsed.message };
  const stored = await findEventsByCalendarUid(db, new Set(parsed.events.map(({ uid }) => uid)));
  const plan = planCalendarImport(parsed.events, stored);
  const invalid = [...parsed.invalid, ...plan.duplicates].sort((a, b) => a.line - b.line);
  return { kind: 'preview', fileName, events: parsed.events, plan, invalid };
}
