// What every format mapper produces: person drafts ready for the import preview, each with the
// line it came from, plus what the file says about attendance, volunteering or a first meeting.
// Rows that cannot become a person are rejected with their line and a reason code (the UI words
// it); rows that import but lose something (an unreadable date) carry a warning. Nothing is
// dropped silently.
import type { PersonOwnFields } from '../domain/empty-person-fields';

/** A person as a file gives them: their own fields, nothing derived or stored yet. */
export type PersonDraft = PersonOwnFields;

export type AttendanceStatus =
  'attended' | 'rsvp-yes' | 'rsvp-no' | 'waitlist' | 'pending' | 'cancelled';

export interface Attendance {
  status: AttendanceStatus;
  checkedInAt?: number;
  rsvpAt?: number;
  /** The file's own words for the status, e.g. `approved`, `参加 / 出席`, `RSVP Yes, attended Y`. */
  raw: string;
}

export interface VolunteerAssignment {
  role: string;
  /** Shift time as written, e.g. `18:00-19:00`; the day comes from the event it is attached to. */
  shift: string;
}

export interface ImportRecord {
  line: number;
  person: PersonDraft;
  attendance?: Attendance;
  volunteer?: VolunteerAssignment;
  /** Epoch ms of the first interaction the file records (LinkedIn's "Connected On"). */
  firstInteractionAt?: number;
}

/** A field breaks the limits the person form applies (renderer/data/writes/person-input). */
export type FieldRejectReason = 'field-too-long' | 'field-too-many' | 'field-invalid';

export type RejectReason =
  | 'no-name-or-email'
  | 'empty-row'
  | 'withdrawn-user'
  | 'empty-card'
  | 'unreadable-card'
  | FieldRejectReason;

export interface RejectedRow {
  line: number;
  reason: RejectReason;
  /** The field at fault, for the field-* reasons. */
  field?: keyof PersonDraft;
  /** The limit it breaks (characters or entries), for field-too-long and field-too-many. */
  limit?: number;
}

/** `extra-cells`: a row has filled cells past the header's columns (a comma inside an unquoted
 * cell, as a formula or an address typed in a spreadsheet has): they are left out and shown. */
export type WarningReason = 'unreadable-date' | 'extra-cells';

export interface MapResult {
  records: ImportRecord[];
  rejected: RejectedRow[];
  warnings: { line: number; reason: WarningReason; value: string }[];
}
