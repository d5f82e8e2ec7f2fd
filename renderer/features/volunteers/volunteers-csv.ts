// The Volunteers table as CSV, as the user sees it (filtered and sorted): headers in the UI
// language, role labels rather than keys, reliability as a percentage, dates in ISO 8601 (the
// app's CSV convention, see shared/export). Excel-safe: BOM, CRLF and the formula guard.
import type { ExportColumn } from '../../../shared/export/export-column';
import { toCsv } from '../../../shared/export/to-csv';
import type { VolunteerTableRow } from '../../../shared/volunteers/volunteer-table';

export interface VolunteersCsvLabels {
  header(
    column:
      | 'name'
      | 'reading'
      | 'events'
      | 'hours'
      | 'reliability'
      | 'lastVolunteered'
      | 'lastAsked'
      | 'roles',
  ): string;
  role(key: string): string;
}

export function volunteersCsv(
  rows: readonly VolunteerTableRow[],
  labels: VolunteersCsvLabels,
): string {
  const columns: ExportColumn<VolunteerTableRow>[] = [
    {
      header: labels.header('name'),
      description: '',
      kind: 'text',
      value: (row) => row.displayName,
    },
    {
      header: labels.header('reading'),
      description: '',
      kind: 'text',
      value: (row) => row.nameReading,
    },
    {
      header: labels.header('events'),
      description: '',
      kind: 'number',
      value: (row) => row.eventsVolunteered,
    },
    {
      header: labels.header('hours'),
      description: '',
      kind: 'number',
      value: (row) => Math.round(row.totalHours * 100) / 100,
    },
    {
      header: labels.header('reliability'),
      description: '',
      kind: 'number',
      value: (row) => (row.reliability === null ? null : Math.round(row.reliability * 100)),
    },
    {
      header: labels.header('lastVolunteered'),
      description: '',
      kind: 'date',
      value: (row) => row.lastVolunteeredAt,
    },
    {
      header: labels.header('lastAsked'),
      description: '',
      kind: 'date',
      value: (row) => row.lastAskedAt,
    },
    {
      header: labels.header('roles'),
      description: '',
      kind: 'list',
      value: (row) => row.roles.map(labels.role),
    },
  ];
  return toCsv(rows, columns);
}
