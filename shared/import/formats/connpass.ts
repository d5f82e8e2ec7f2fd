// connpass participant CSV (Japanese headers): 参加枠名 (ticket), ユーザー名, 表示名, 利用開始日,
// コメント, 参加ステータス (参加 / 補欠 / キャンセル / 参加キャンセル), 出欠ステータス (出席),
// 出席日時, 更新日時, 受付番号. A user who left connpass is exported as `(退会ユーザー)` with no
// name or profile: nothing identifies them, so the row is rejected as withdrawn. The profile URL
// (https://connpass.com/user/<name>/) is derived from the user name, so re-imports match on it.
import type { Attendance, AttendanceStatus, MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { parseLocalDateTime } from '../parse-import-date';
import { buildDraft, labelledNote } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const CONNPASS_SOURCE = 'import:connpass';
const WITHDRAWN_USER = '(退会ユーザー)';

const PARTICIPATION_STATUS: Record<string, AttendanceStatus> = {
  参加: 'rsvp-yes',
  補欠: 'waitlist',
  キャンセル: 'cancelled',
  参加キャンセル: 'cancelled',
};

function connpassAttendance(values: Record<string, string>): Attendance {
  const participation = (values['参加ステータス'] ?? '').trim();
  const presence = (values['出欠ステータス'] ?? '').trim();
  const checkedInAt = parseLocalDateTime(values['出席日時'] ?? '');
  const rsvpAt = parseLocalDateTime(values['更新日時'] ?? '');
  return {
    status: presence === '出席' ? 'attended' : (PARTICIPATION_STATUS[participation] ?? 'pending'),
    raw: [participation, presence].filter((part) => part !== '').join(' / '),
    ...(checkedInAt !== null && { checkedInAt }),
    ...(rsvpAt !== null && { rsvpAt }),
  };
}

export function mapConnpassRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const userName = (values['ユーザー名'] ?? '').trim();
    if (userName === WITHDRAWN_USER) return { rejected: 'withdrawn-user' };
    const person = buildDraft(
      {
        displayName: values['表示名'] || userName,
        links:
          userName === '' ? [] : [`https://connpass.com/user/${encodeURIComponent(userName)}/`],
        notes: [
          ...labelledNote('connpass', userName),
          ...labelledNote('コメント', values['コメント']),
        ],
      },
      CONNPASS_SOURCE,
    );
    if (!person) return { rejected: 'no-name-or-email' };
    return { record: { person, attendance: connpassAttendance(values) } };
  });
}
