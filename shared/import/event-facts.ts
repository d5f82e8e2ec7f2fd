// What an attendee list says about its event, for the import's "attach to an event" defaults.
// Column contents rarely say it, the export's file name often does: Luma names its guest export
// `<event name> - Guests - <export time>.csv`, connpass `event_<id>_participants.csv` (the event's
// page is https://connpass.com/event/<id>/). The date is the earliest check-in the rows record.
// Whatever the file does not say is left out: the preview asks for it, with defaults.
import type { ImportFormat } from './detect-format';

export interface EventFacts {
  name?: string;
  startsAt?: number;
  url?: string;
}

const LUMA_FILE = /^(.+?) - Guests - \d{4}-\d{2}-\d{2}/i;
const CONNPASS_FILE = /^event_(\d+)_participants/i;

function withoutExtension(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').trim();
}

/** The event's name, date and page from the file's name and its earliest check-in. */
export function eventFactsFromFile(
  fileName: string,
  format: ImportFormat,
  earliestCheckIn: number | undefined,
): EventFacts {
  const base = withoutExtension(fileName);
  const facts: EventFacts = {};
  if (earliestCheckIn !== undefined) facts.startsAt = earliestCheckIn;
  const luma = format === 'luma' ? LUMA_FILE.exec(base) : null;
  if (luma) facts.name = luma[1]!.trim();
  const connpass = format === 'connpass' ? CONNPASS_FILE.exec(base) : null;
  if (connpass) facts.url = `https://connpass.com/event/${connpass[1]}/`;
  return facts;
}

/** A new event's name when the file gives none: the file's name, `tokyo-rust_12.csv` → `tokyo rust 12`. */
export function eventNameFromFileName(fileName: string): string {
  return withoutExtension(fileName).replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}
