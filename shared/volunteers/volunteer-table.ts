// The Volunteers screen's table: one row per volunteer (their summary and their name), sorted by
// any column and filtered by name, role and reliability. Decisions: rows without a value for the
// sorted column (never confirmed anything, never attended) go last whichever the direction, so
// "most reliable first" does not open on people nobody can judge yet; ties go by name, then id,
// so the order is stable while figures change. Name filtering folds case, width, spaces and
// katakana (compactName), so やまだ finds 山田 花子 through her reading.
import { compactName } from '../people/name-match-keys';
import type { VolunteerSummary } from './volunteer-figures';

export interface VolunteerTableRow extends VolunteerSummary {
  displayName: string;
  nameReading: string;
  /** The people list's sort key (reading first), so names sort as in the People list. */
  sortName: string;
}

export const VOLUNTEER_SORT_COLUMNS = [
  'name',
  'events',
  'hours',
  'reliability',
  'lastVolunteered',
  'roles',
] as const;
export type VolunteerSortColumn = (typeof VOLUNTEER_SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface VolunteerSort {
  column: VolunteerSortColumn;
  direction: SortDirection;
}

/** The direction a column sorts in when first chosen: names A→Z, figures largest first. */
export function defaultDirection(column: VolunteerSortColumn): SortDirection {
  return column === 'name' ? 'ascending' : 'descending';
}

/** Clicking a column: the same column flips its direction, another starts in its default. */
export function toggleSort(current: VolunteerSort, column: VolunteerSortColumn): VolunteerSort {
  if (current.column === column) {
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }
  return { column, direction: defaultDirection(column) };
}

type SortValue = number | string | null;

function sortValue(row: VolunteerTableRow, column: VolunteerSortColumn): SortValue {
  switch (column) {
    case 'name':
      return row.sortName;
    case 'events':
      return row.eventsVolunteered;
    case 'hours':
      return row.totalHours;
    case 'reliability':
      return row.reliability;
    case 'lastVolunteered':
      return row.lastVolunteeredAt;
    case 'roles':
      return row.roles.length;
  }
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function byName(a: VolunteerTableRow, b: VolunteerTableRow): number {
  return compareValues(a.sortName, b.sortName) || compareValues(a.personId, b.personId);
}

export function sortVolunteerRows(
  rows: readonly VolunteerTableRow[],
  { column, direction }: VolunteerSort,
): VolunteerTableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const valueA = sortValue(a, column);
    const valueB = sortValue(b, column);
    if (valueA === null || valueB === null) {
      if (valueA !== valueB) return valueA === null ? 1 : -1;
      return byName(a, b);
    }
    return sign * compareValues(valueA, valueB) || byName(a, b);
  });
}

export interface VolunteerFilter {
  /** Part of a name or reading. */
  text: string;
  /** A role key the volunteer has done; null for any. */
  role: string | null;
  /** Reliability at least this (0–1); null for any. People with no reliability yet fail it. */
  minReliability: number | null;
}

export const NO_VOLUNTEER_FILTER: VolunteerFilter = { text: '', role: null, minReliability: null };

export function isFiltering(filter: VolunteerFilter): boolean {
  return filter.text.trim() !== '' || filter.role !== null || filter.minReliability !== null;
}

export function filterVolunteerRows(
  rows: readonly VolunteerTableRow[],
  filter: VolunteerFilter,
): VolunteerTableRow[] {
  const text = compactName(filter.text);
  return rows.filter(
    (row) =>
      (text === '' ||
        compactName(row.displayName).includes(text) ||
        compactName(row.nameReading).includes(text)) &&
      (filter.role === null || row.roles.includes(filter.role)) &&
      (filter.minReliability === null ||
        (row.reliability !== null && row.reliability >= filter.minReliability)),
  );
}

/** Every role key done by someone in the rows, for the role filter's choices. */
export function rolesInRows(rows: readonly VolunteerTableRow[]): string[] {
  const roles = new Set<string>();
  for (const row of rows) for (const role of row.roles) roles.add(role);
  return [...roles].sort();
}
