// Google Contacts CSV (the current export's headers). Numbered columns (`E-mail 1 - Value`,
// `Phone 2 - Value`, `Website 1 - Value`) may each hold several values joined by ` ::: `.
// Labels are contact groups, not topics: they are kept in the note, without Google's system
// labels (`* myContacts`, `* starred`). The birthday is kept in the note as well.
import type { MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { buildDraft, labelledNote, splitMultiValue } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const GOOGLE_SOURCE = 'import:google';

function numberedValues(values: Record<string, string>, kind: RegExp): string[] {
  return Object.entries(values)
    .filter(([header]) => kind.test(header))
    .flatMap(([, cell]) => splitMultiValue(cell));
}

export function mapGoogleContactsRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const reading = [values['Phonetic Last Name'], values['Phonetic First Name']]
      .map((part) => part?.trim() ?? '')
      .filter((part) => part !== '')
      .join(' ');
    const labels = splitMultiValue(values['Labels'] ?? '').filter(
      (label) => !label.startsWith('*'),
    );
    const person = buildDraft(
      {
        givenName: values['First Name'],
        familyName: values['Last Name'],
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
