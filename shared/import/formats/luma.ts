// Luma guest CSV: guest_id, name, first_name, last_name, email, phone_number, created_at (when they
// registered), approval_status (approved, waitlist, declined, pending_approval, invited),
// checked_in_at, ticket_name, then one column per custom registration question. Every column Luma
// does not define is such a question: its answer is kept in the note as `Question: answer`.
import type { Attendance, AttendanceStatus, MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { parseIsoInstant } from '../parse-import-date';
import { buildDraft, labelledNote } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const LUMA_SOURCE = 'import:luma';

const LUMA_COLUMNS = new Set([
  'api_id',
  'guest_id',
  'name',
  'first_name',
  'last_name',
  'email',
  'phone_number',
  'created_at',
  'approval_status',
  'checked_in_at',
  'ticket_name',
  'ticket_type_id',
  'eth_address',
  'solana_address',
  'amount',
  'amount_tax',
  'amount_discount',
  'currency',
  'coupon_code',
]);

const APPROVAL_STATUS: Record<string, AttendanceStatus> = {
  approved: 'rsvp-yes',
  waitlist: 'waitlist',
  declined: 'rsvp-no',
  pending_approval: 'pending',
  invited: 'pending',
};

function lumaAttendance(values: Record<string, string>): Attendance {
  const approval = (values['approval_status'] ?? '').trim();
  const checkedInAt = parseIsoInstant(values['checked_in_at'] ?? '');
  const rsvpAt = parseIsoInstant(values['created_at'] ?? '');
  return {
    status: checkedInAt !== null ? 'attended' : (APPROVAL_STATUS[approval] ?? 'pending'),
    raw: approval,
    ...(checkedInAt !== null && { checkedInAt }),
    ...(rsvpAt !== null && { rsvpAt }),
  };
}

export function mapLumaRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const answers = Object.entries(values)
      .filter(([header]) => !LUMA_COLUMNS.has(header))
      .flatMap(([question, answer]) => labelledNote(question, answer));
    const person = buildDraft(
      {
        displayName: values['name'],
        givenName: values['first_name'],
        familyName: values['last_name'],
        emails: [values['email'] ?? ''],
        phones: [values['phone_number'] ?? ''],
        notes: answers,
      },
      LUMA_SOURCE,
    );
    if (!person) return { rejected: 'no-name-or-email' };
    return { record: { person, attendance: lumaAttendance(values) } };
  });
}
