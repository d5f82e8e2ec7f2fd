// Which tool made an import file, from its content only (never its name: people rename exports).
// vCard by its BEGIN:VCARD line; CSV formats by the headers that only that tool writes, in every
// generation people still have on disk: Google's current export (`First Name`, `Phonetic First
// Name`, `Labels`) and its older one (`Given Name`, `Family Name`, `Yomi Name`, `Group
// Membership`, often UTF-16), LinkedIn's Connections.csv with or without `URL`, and Outlook's
// contacts CSV (also what Google's "Outlook CSV" and old LinkedIn exports wrote). Anything else is
// a generic CSV, which goes through the column-mapping step.
import { HALLWAY_PEOPLE_HEADERS } from '../export/columns';

export type ImportFormat =
  | 'vcard'
  | 'hallway'
  | 'linkedin'
  | 'google-contacts'
  | 'outlook'
  | 'meetup'
  | 'luma'
  | 'connpass'
  | 'generic-csv';

/** The first non-blank line is BEGIN:VCARD. */
export function looksLikeVCard(text: string): boolean {
  return /^\s*BEGIN:VCARD[ \t]*(\r\n|\n|\r|$)/i.test(text.slice(0, 1024));
}

const SIGNATURES: [Exclude<ImportFormat, 'vcard' | 'generic-csv'>, string[]][] = [
  ['hallway', HALLWAY_PEOPLE_HEADERS],
  ['linkedin', ['First Name', 'Last Name', 'Connected On']],
  ['google-contacts', ['First Name', 'Last Name', 'Phonetic First Name', 'Labels']],
  ['google-contacts', ['Given Name', 'Family Name', 'Group Membership']],
  ['google-contacts', ['Given Name', 'Family Name', 'Yomi Name']],
  ['outlook', ['First Name', 'Last Name', 'E-mail Address', 'Job Title']],
  ['outlook', ['First Name', 'Last Name', 'E-mail Address', 'Business Phone']],
  ['meetup', ['Name', 'Attendance', 'RSVP', 'URL of Member Profile']],
  ['luma', ['name', 'email', 'approval_status', 'checked_in_at']],
  ['connpass', ['ユーザー名', '表示名', '参加ステータス']],
];

/** The format of a CSV file from its header row (see readCsv); check looksLikeVCard first. */
export function detectCsvFormat(headers: string[]): Exclude<ImportFormat, 'vcard'> {
  const present = new Set(headers);
  const match = SIGNATURES.find(([, required]) => required.every((header) => present.has(header)));
  return match?.[0] ?? 'generic-csv';
}
