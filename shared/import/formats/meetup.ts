// Meetup attendee export: Name, Attendance (Y when the organiser marked them present), RSVP
// (Yes / No / Waitlist), RSVPed on (local time), URL of Member Profile, Notes (the member's answer).
import type { Attendance, MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { parseLocalDateTime } from '../parse-import-date';
import { buildDraft } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const MEETUP_SOURCE = 'import:meetup';

function meetupAttendance(values: Record<string, string>): Attendance {
  const attended = (values['Attendance'] ?? '').trim().toUpperCase() === 'Y';
  const rsvp = (values['RSVP'] ?? '').trim().toLowerCase();
  const status = attended
    ? 'attended'
    : rsvp === 'yes'
      ? 'rsvp-yes'
      : rsvp === 'waitlist'
        ? 'waitlist'
        : 'rsvp-no';
  const rsvpAt = parseLocalDateTime(values['RSVPed on'] ?? '');
  const raw = `RSVP ${values['RSVP'] ?? ''}${attended ? ', attended' : ''}`.trim();
  return rsvpAt === null ? { status, raw } : { status, rsvpAt, raw };
}

export function mapMeetupRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const person = buildDraft(
      {
        displayName: values['Name'],
        links: [values['URL of Member Profile'] ?? ''],
        notes: [values['Notes'] ?? ''],
      },
      MEETUP_SOURCE,
    );
    if (!person) return { rejected: 'no-name-or-email' };
    return { record: { person, attendance: meetupAttendance(values) } };
  });
}
