// Hallway's own people export (shared/export/columns.ts), read back field for field: the formula
// guard the export added is removed again (restoreNeutralisedFormula), lists are split on `; `,
// and the source is kept as exported. Ids and timestamps are not imported: the import preview
// matches people by e-mail, link and name like any other file.
import { LIST_SEPARATOR } from '../../export/export-column';
import { restoreNeutralisedFormula } from '../../export/neutralise-formula';
import type { NameOrder } from '../../domain/entities';
import type { MapResult } from '../import-record';
import { mapRows, type RowOutcome } from '../map-rows';
import type { CsvRow } from '../read-csv';

function splitList(cell: string): string[] {
  return cell === '' ? [] : cell.split(LIST_SEPARATOR);
}

function parseCadence(cell: string): number | null {
  const days = Number.parseInt(cell, 10);
  return Number.isInteger(days) && days > 0 ? days : null;
}

export function mapHallwayRows(rows: CsvRow[]): MapResult {
  return mapRows(rows, (raw): RowOutcome => {
    const cell = (header: string) => restoreNeutralisedFormula(raw[header] ?? '');
    const person = {
      displayName: cell('Display name'),
      givenName: cell('Given name'),
      familyName: cell('Family name'),
      nameReading: cell('Reading'),
      nameOrder: (cell('Name order') === 'family-given'
        ? 'family-given'
        : 'given-family') as NameOrder,
      company: cell('Company'),
      role: cell('Role'),
      location: cell('Location'),
      languages: splitList(cell('Languages')),
      emails: splitList(cell('Emails')),
      phones: splitList(cell('Phones')),
      links: splitList(cell('Links')),
      interests: splitList(cell('Interests')),
      offers: splitList(cell('Offers')),
      asks: splitList(cell('Asks')),
      notes: cell('Notes'),
      keepInTouchDays: parseCadence(cell('Keep in touch (days)')),
      source: cell('Source'),
    };
    const named = [person.displayName, person.givenName, person.familyName].some(
      (name) => name !== '',
    );
    if (!named && person.emails.length === 0) return { rejected: 'no-name-or-email' };
    return { record: { person: named ? person : { ...person, displayName: person.emails[0]! } } };
  });
}
