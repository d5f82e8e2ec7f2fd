// Google Contacts CSV, both generations: the current export (`First Name`, `Last Name`,
// `Phonetic First Name`, `Organization Name`, `Labels`) and the older one (`Name`, `Given Name`,
// `Family Name`, `Yomi Name` or `Given Name Yomi` / `Family Name Yomi`, `Organization 1 - Name`,
// `Organization 1 - Title`, `Group Membership`). Numbered columns (`E-mail 1 - Value`,
// `Phone 2 - Value`, `Website 1 - Value`) may each hold several values joined by ` ::: `.
// Labels are contact groups, not topics: they are kept in the note, without Google's system
// labels (`* myContacts`, `* starred`). The birthday is kept in the note as well.
import type { MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { buildDraft, labelledNote, splitMultiValue } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const GOOGLE_SOURCE = 'import:google';

/** The cells of the columns given, in that order, that are filled, joined by a space. */
function joined(values: Record<string, string>, headers: string[]): string {
  return headers
    .map((header) => values[header]?.trim() ?? '')
    .filter((part) => part !== '')
    .join(' ');
}

function numberedValues(values: Record<string, string>, kind: RegExp): string[] {
  return Object.entries(values)
    .filter(([header]) => kind.test(header))
    .flatMap(([, cell]) => splitMultiValue(cell));
}

export function mapGoogleContactsRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const reading =
      joined(values, ['Phonetic Last Name', 'Phonetic First Name']) ||
      joined(values, ['Family Name Yomi', 'Given Name Yomi']) ||
      joined(values, ['Yomi Name']);
    const labels = splitMultiValue(values['Labels'] ?? values['Group Membership'] ?? '').filter(
      (label) => !label.startsWith('*'),
    );
    const person = buildDraft(
      {
        displayName: values['Name'],
        givenName: values['First Name'] ?? values['Given Name'],
        familyName: values['Last Name'] ?? values['Family Name'],
        nameReading: reading,
        company: values['Organization Name'] ?? values['Organization 1 - Name'],
        role: values['Organization Title'] ?? values['Organization 1 - Title'],
        emails: numberedValues(values, /^E-mail \d+ - Value$/),
        phones: numberedValues(values, /^Phone \d+ - Value$/),
        links: numberedValues(values, /^Website \d+ - Value$/),
        notes: [
          values['Notes'] ?? '',
          ...labelledNote('Birthday', values['Birthday']),
          ...labelledNote('Nickname', values['Nickname']),
          ...labelledNote('Labels', labels.join(', ')),
        ],
      },
      GOOGLE_SOURCE,
    );
    return person ? { record: { person } } : { rejected: 'no-name-or-email' };
  });
}
