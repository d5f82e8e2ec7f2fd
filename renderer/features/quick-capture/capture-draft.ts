// What "Log a meetup" holds while it is being typed: the event (an existing one, or the fields of
// a new one) and the people rows, plus the row being typed. It is UI state, kept as plain JSON so
// that it can be stored as it changes and offered again after the window was closed half-way.
// The draft is read back at start, so its schema uses zod/mini, not the full zod (issue 15).
import * as z from 'zod/mini';
import { EVENT_KINDS } from '../../../shared/domain/entities';
import { splitFullName } from '../../../shared/import/person-draft';
import type { CapturedPerson, QuickCapture } from '../../data/writes/quick-capture-writes';

export const capturedRowSchema = z.object({
  /** Stable within the draft, for React keys and accessible names of the row's buttons. */
  key: z.string(),
  /** The existing person this row links to; null for someone new. */
  personId: z.nullable(z.string()),
  name: z.string(),
  /**
   * The given and family names as corrected in the preview; absent while they are split from
   * `name` the way imports split it (capturedNameParts).
   */
  givenName: z.optional(z.string()),
  familyName: z.optional(z.string()),
  note: z.string(),
});

export const captureEventDraftSchema = z.object({
  /** The existing event chosen; null while a new one is described by the fields below. */
  eventId: z.nullable(z.string()),
  name: z.string(),
  /** yyyy-mm-dd and HH:mm, in local time, as <input type="date|time"> give them. */
  date: z.string(),
  time: z.string(),
  kind: z.enum(EVENT_KINDS),
  series: z.string(),
  location: z.string(),
});

export const captureDraftSchema = z.object({
  event: captureEventDraftSchema,
  rows: z.array(capturedRowSchema),
  entry: capturedRowSchema,
});

export type CapturedRow = z.infer<typeof capturedRowSchema>;
export type CaptureEventDraft = z.infer<typeof captureEventDraftSchema>;
export type CaptureDraft = z.infer<typeof captureDraftSchema>;

const pad = (value: number) => String(value).padStart(2, '0');

export function localDateInputValue(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function emptyRow(): CapturedRow {
  return { key: crypto.randomUUID(), personId: null, name: '', note: '' };
}

/** Today, at the current hour (a meetup being logged has started already), a meetup. */
export function emptyCaptureDraft(now: Date = new Date()): CaptureDraft {
  return {
    event: {
      eventId: null,
      name: '',
      date: localDateInputValue(now),
      time: `${pad(now.getHours())}:00`,
      kind: 'meetup',
      series: '',
      location: '',
    },
    rows: [],
    entry: emptyRow(),
  };
}

/** Whether the draft holds anything the user typed (an empty one is not worth offering again). */
export function draftHasContent(draft: CaptureDraft): boolean {
  return (
    draft.event.eventId !== null ||
    draft.event.name.trim() !== '' ||
    draft.rows.length > 0 ||
    draft.entry.name.trim() !== '' ||
    draft.entry.note.trim() !== ''
  );
}

/** The local date and time inputs as epoch ms; NaN when either is incomplete. */
export function startsAtOf(event: Pick<CaptureEventDraft, 'date' | 'time'>): number {
  const [year, month, day] = event.date.split('-').map(Number);
  const [hours, minutes] = (event.time || '00:00').split(':').map(Number);
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

/** A new person's given and family names: as corrected, or split from the name typed. */
export function capturedNameParts(row: CapturedRow): { givenName: string; familyName: string } {
  if (row.givenName !== undefined || row.familyName !== undefined) {
    return { givenName: row.givenName ?? '', familyName: row.familyName ?? '' };
  }
  return splitFullName(row.name);
}

/** The rows to save: the listed ones plus the one being typed, when it has a name. */
export function rowsToSave(draft: CaptureDraft): CapturedRow[] {
  return draft.entry.name.trim() === '' ? draft.rows : [...draft.rows, draft.entry];
}

export function captureFromDraft(draft: CaptureDraft): QuickCapture {
  const { event } = draft;
  const people = rowsToSave(draft).map((row): CapturedPerson => ({
    ...(row.personId ? { personId: row.personId } : capturedNameParts(row)),
    name: row.name,
    note: row.note,
  }));
  if (event.eventId) return { event: { eventId: event.eventId }, people };
  return {
    event: {
      newEvent: {
        name: event.name,
        startsAt: startsAtOf(event),
        kind: event.kind,
        series: event.series,
        location: event.location,
      },
    },
    people,
  };
}
