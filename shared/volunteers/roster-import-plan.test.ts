import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapGenericRows, suggestColumnMapping } from '../import/formats/generic-csv';
import type { ImportRecord } from '../import/import-record';
import { readImportFile } from '../import/read-import-file';
import { derivePersonKeys } from '../people/derive-person-keys';
import {
  planRosterImport,
  rosterEntries,
  type MatchCandidate,
  type RosterImportContext,
} from './roster-import-plan';
import { defaultRoleDefinitions } from './roles';

const HOUR = 3_600_000;
/** 2026-03-07 18:00 in Tokyo. */
const EVENT_START = Date.UTC(2026, 2, 7, 9);
const context: RosterImportContext = {
  eventDate: '2026-03-07',
  timeZone: 'Asia/Tokyo',
  eventStartsAt: EVENT_START,
  eventEndsAt: EVENT_START + 3 * HOUR,
  roles: defaultRoleDefinitions('ja'),
};

function fixtureRecords(): ImportRecord[] {
  const bytes = new Uint8Array(
    readFileSync(new URL('../import/fixtures/volunteer-roster-shiftjis.csv', import.meta.url)),
  );
  const read = readImportFile(bytes);
  if (!read.ok || read.format !== 'generic-csv') throw new Error('not read as a generic CSV');
  expect(read.encoding).toBe('shift_jis');
  return mapGenericRows(read.table.rows, read.mapping).records;
}

function candidate(
  id: string,
  displayName: string,
  nameReading: string,
  emails: string[] = [],
): MatchCandidate {
  const keys = derivePersonKeys({
    displayName,
    givenName: '',
    familyName: '',
    nameReading,
    emails,
    links: [],
  });
  return { id, displayName, emailKeys: keys.emailKeys, nameKeys: keys.nameKeys, deletedAt: 0 };
}

describe('reading a roster for an event', () => {
  it('gives the Shift_JIS fixture’s three shifts with roles and times in Tokyo', () => {
    const { entries, rejected } = rosterEntries(fixtureRecords(), context);
    expect(rejected).toEqual([]);
    expect(
      entries.map((entry) => [entry.line, entry.person.displayName, entry.role, entry.startsAt]),
    ).toEqual([
      [2, '山田 花子', 'reception', EVENT_START],
      [3, '佐藤 健', 'setup', EVENT_START - HOUR],
      [4, 'Aiko Tanaka', 'photos', EVENT_START + HOUR],
    ]);
    expect((entries[1]!.endsAt - entries[1]!.startsAt) / HOUR).toBe(1.5);
  });

  it('rejects a row without a role or with an unreadable time, with its line', () => {
    const table = mapGenericRows(
      [
        { line: 2, values: { 氏名: '鈴木 一郎', 役割: '', 担当時間: '18:00-19:00' } },
        { line: 3, values: { 氏名: '高橋 次郎', 役割: '受付', 担当時間: '夕方' } },
        { line: 4, values: { 氏名: '伊藤 三郎', 役割: 'ドリンク', 担当時間: '' } },
        { line: 5, values: { 氏名: '', 役割: '受付', 担当時間: '' } },
      ],
      suggestColumnMapping(['氏名', '役割', '担当時間']),
    );
    const { entries, rejected } = rosterEntries(table.records, context);
    expect(rejected).toEqual([
      { line: 2, reason: 'no-role' },
      { line: 3, reason: 'invalid-shift-time', value: '夕方' },
    ]);
    expect(table.rejected).toEqual([{ line: 5, reason: 'no-name-or-email' }]);
    expect(entries).toMatchObject([
      {
        line: 4,
        role: 'ドリンク',
        startsAt: context.eventStartsAt,
        endsAt: context.eventEndsAt,
      },
    ]);
  });
});

describe('matching roster rows to people', () => {
  const { entries } = rosterEntries(fixtureRecords(), context);

  it('matches by e-mail, then by name in either order, and creates the rest', () => {
    const plan = planRosterImport(
      entries,
      [
        candidate('hanako', '山田花子', '', ['Hanako@Example.com']),
        candidate('aiko', 'TANAKA Aiko', ''),
      ],
      [],
    );
    expect(plan.map((row) => row.who)).toEqual([
      { kind: 'existing', personId: 'hanako', displayName: '山田花子' },
      { kind: 'new', newKey: 'n:佐藤健' },
      { kind: 'existing', personId: 'aiko', displayName: 'TANAKA Aiko' },
    ]);
  });

  it('prefers the namesake whose reading matches, and never a trashed person', () => {
    const plan = planRosterImport(
      entries.slice(1, 2),
      [
        { ...candidate('trashed', '佐藤 健', 'さとう けん'), deletedAt: 5 },
        candidate('takeshi', '佐藤 健', 'さとう たけし'),
        candidate('ken', '佐藤 健', 'さとう けん'),
      ],
      [],
    );
    expect(plan[0]!.who).toMatchObject({ personId: 'ken' });
  });

  it('skips a shift the person already holds, so a second import adds nothing', () => {
    const hanako = candidate('hanako', '山田 花子', 'やまだ はなこ');
    const once = planRosterImport(
      entries,
      [hanako],
      [{ personId: 'hanako', role: 'reception', startsAt: EVENT_START, deletedAt: 0 }],
    );
    expect(once.map((row) => row.alreadyOnRoster)).toEqual([true, false, false]);
    const twice = planRosterImport([...entries, ...entries], [hanako], []);
    expect(twice.map((row) => row.alreadyOnRoster)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});
