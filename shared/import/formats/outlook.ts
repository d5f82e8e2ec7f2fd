// Outlook's contacts CSV (Outlook for Windows, Outlook.com, and the "Outlook CSV" that Google and
// old LinkedIn exports wrote): First Name, Middle Name, Last Name, Title (an honorific, not a job),
// Given Yomi, Surname Yomi, E-mail Address, E-mail 2 Address, E-mail 3 Address, a dozen phone
// columns (Mobile Phone, Business Phone, Home Phone…), Company, Job Title, Web Page, Notes,
// Categories (kept in the note, without Outlook's own "My Contacts").
import type { MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { buildDraft, labelledNote } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const OUTLOOK_SOURCE = 'import:outlook';

const EMAIL = /^E-mail( \d)? Address$/;
/** The person's own phones: every `… Phone` column but their assistant's. */
const PHONE = /^(?!Assistant).*Phone( \d)?$/;

function cellsOf(values: Record<string, string>, header: RegExp): string[] {
  return Object.entries(values)
    .filter(([name]) => header.test(name))
    .map(([, cell]) => cell);
}

export function mapOutlookRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const reading = [values['Surname Yomi'], values['Given Yomi']]
      .map((part) => part?.trim() ?? '')
      .filter((part) => part !== '')
      .join(' ');
    const categories = (values['Categories'] ?? '')
      .split(';')
      .map((category) => category.trim())
      .filter((category) => category !== '' && category !== 'My Contacts');
    const person = buildDraft(
      {
        givenName: values['First Name'],
        familyName: values['Last Name'],
        nameReading: reading,
        company: values['Company'],
        role: values['Job Title'],
        emails: cellsOf(values, EMAIL),
        phones: cellsOf(values, PHONE),
        links: [values['Web Page'] ?? ''],
        notes: [values['Notes'] ?? '', ...labelledNote('Categories', categories.join(', '))],
      },
      OUTLOOK_SOURCE,
    );
    return person ? { record: { person } } : { rejected: 'no-name-or-email' };
  });
}
