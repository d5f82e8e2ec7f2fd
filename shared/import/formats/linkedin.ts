// LinkedIn "Connections.csv": First Name, Last Name, URL (newer exports), Email Address (often
// empty), Company, Position, Connected On (`12 Mar 2024`, the first interaction).
import { parseDayMonthNameYear } from '../parse-import-date';
import type { MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import { buildDraft } from '../person-draft';
import type { CsvRow } from '../read-csv';

export const LINKEDIN_SOURCE = 'import:linkedin';

export function mapLinkedInRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (values): RowOutcome => {
    const person = buildDraft(
      {
        givenName: values['First Name'],
        familyName: values['Last Name'],
        emails: [values['Email Address'] ?? ''],
        links: [values['URL'] ?? ''],
        company: values['Company'],
        role: values['Position'],
      },
      LINKEDIN_SOURCE,
    );
    if (!person) return { rejected: 'no-name-or-email' };
    const connectedOn = values['Connected On'] ?? '';
    const firstInteractionAt = parseDayMonthNameYear(connectedOn);
    if (firstInteractionAt === null) {
      const warnings =
        connectedOn.trim() === ''
          ? []
          : [{ reason: 'unreadable-date' as const, value: connectedOn }];
      return { record: { person }, warnings };
    }
    return { record: { person, firstInteractionAt } };
  });
}
