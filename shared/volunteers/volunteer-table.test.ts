import { describe, expect, it } from 'vitest';
import {
  filterVolunteerRows,
  NO_VOLUNTEER_FILTER,
  rolesInRows,
  sortVolunteerRows,
  toggleSort,
  type VolunteerTableRow,
} from './volunteer-table';

function row(
  personId: string,
  displayName: string,
  sortName: string,
  fields: Partial<VolunteerTableRow> = {},
): VolunteerTableRow {
  return {
    personId,
    displayName,
    nameReading: '',
    sortName,
    eventsVolunteered: 1,
    totalHours: 2,
    reliability: 1,
    lastVolunteeredAt: 1000,
    lastAskedAt: 1000,
    roles: ['reception'],
    ...fields,
  };
}

const hanako = row('h', '山田 花子', 'やまだはなこ', {
  nameReading: 'やまだ はなこ',
  totalHours: 12.5,
  reliability: 0.75,
  roles: ['reception', 'photos'],
});
const aiko = row('a', 'Aiko Tanaka', 'aiko tanaka', { totalHours: 3, reliability: null });
const ken = row('k', '佐藤 健', 'さとうけん', {
  totalHours: 8,
  reliability: 1,
  roles: ['setup'],
  lastVolunteeredAt: null,
});
const rows = [hanako, aiko, ken];
const ids = (list: VolunteerTableRow[]) => list.map((item) => item.personId);

describe('sorting the volunteers table', () => {
  it('sorts by hours, most first, and flips on a second click', () => {
    const most = toggleSort({ column: 'name', direction: 'ascending' }, 'hours');
    expect(most).toEqual({ column: 'hours', direction: 'descending' });
    expect(ids(sortVolunteerRows(rows, most))).toEqual(['h', 'k', 'a']);
    expect(ids(sortVolunteerRows(rows, toggleSort(most, 'hours')))).toEqual(['a', 'k', 'h']);
  });

  it('sorts names by their reading, as the People list does', () => {
    expect(ids(sortVolunteerRows(rows, { column: 'name', direction: 'ascending' }))).toEqual([
      'a',
      'k',
      'h',
    ]);
  });

  it('keeps people without a value last in both directions', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      expect(ids(sortVolunteerRows(rows, { column: 'reliability', direction })).at(-1)).toBe('a');
      expect(ids(sortVolunteerRows(rows, { column: 'lastVolunteered', direction })).at(-1)).toBe(
        'k',
      );
    }
  });

  it('breaks ties by name', () => {
    const same = [row('2', 'Bo', 'bo'), row('1', 'Al', 'al')];
    expect(ids(sortVolunteerRows(same, { column: 'hours', direction: 'descending' }))).toEqual([
      '1',
      '2',
    ]);
  });
});

describe('filtering the volunteers table', () => {
  it('finds a Japanese name by its katakana reading, ignoring spaces', () => {
    expect(ids(filterVolunteerRows(rows, { ...NO_VOLUNTEER_FILTER, text: 'ヤマダ' }))).toEqual([
      'h',
    ]);
    expect(ids(filterVolunteerRows(rows, { ...NO_VOLUNTEER_FILTER, text: 'aiko ta' }))).toEqual([
      'a',
    ]);
  });

  it('keeps those who did a role', () => {
    expect(ids(filterVolunteerRows(rows, { ...NO_VOLUNTEER_FILTER, role: 'photos' }))).toEqual([
      'h',
    ]);
  });

  it('keeps those reliable enough, leaving out people with no record yet', () => {
    expect(ids(filterVolunteerRows(rows, { ...NO_VOLUNTEER_FILTER, minReliability: 0.8 }))).toEqual(
      ['k'],
    );
    expect(ids(filterVolunteerRows(rows, { ...NO_VOLUNTEER_FILTER, minReliability: 0.5 }))).toEqual(
      ['h', 'k'],
    );
  });

  it('lists the roles anyone has done, once each', () => {
    expect(rolesInRows(rows)).toEqual(['photos', 'reception', 'setup']);
  });
});
