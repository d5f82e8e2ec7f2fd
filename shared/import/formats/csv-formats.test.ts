import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../decode-text';
import { detectCsvFormat, looksLikeVCard } from '../detect-format';
import { readCsv, type CsvTable } from '../read-csv';
import { mapConnpassRows } from './connpass';
import { mapGenericRows, suggestColumnMapping } from './generic-csv';
import { mapGoogleContactsRows } from './google-contacts';
import { mapLinkedInRows } from './linkedin';
import { mapLumaRows } from './luma';
import { mapMeetupRows } from './meetup';

function fixtureText(name: string): string {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`${name}: ${decoded.error}`);
  return decoded.text;
}

function fixtureTable(name: string): CsvTable {
  const table = readCsv(fixtureText(name));
  if (!table.ok) throw new Error(`${name}: ${table.error}`);
  return table;
}

describe('format detection', () => {
  it.each([
    ['linkedin-connections.csv', 'linkedin'],
    ['google-contacts.csv', 'google-contacts'],
    ['meetup-attendees.csv', 'meetup'],
    ['luma-guests.csv', 'luma'],
    ['connpass-participants.csv', 'connpass'],
    ['volunteer-roster-shiftjis.csv', 'generic-csv'],
  ])('recognises %s from its headers', (name, format) => {
    expect(looksLikeVCard(fixtureText(name))).toBe(false);
    expect(detectCsvFormat(fixtureTable(name).headers)).toBe(format);
  });

  it('recognises vCards, whatever the case or leading blank lines', () => {
    expect(looksLikeVCard(fixtureText('contacts.vcf'))).toBe(true);
    expect(looksLikeVCard('\r\nbegin:vcard\r\nVERSION:4.0\r\n')).toBe(true);
    expect(looksLikeVCard('Name,Note\r\nBEGIN:VCARD,x\r\n')).toBe(false);
  });
});

describe('LinkedIn connections', () => {
  const result = mapLinkedInRows(fixtureTable('linkedin-connections.csv').rows);

  it('gives the 5 people with company, position and the first interaction date', () => {
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.records.map((record) => record.person.displayName)).toEqual([
      'Aiko Tanaka',
      'Ben Okafor',
      'Carla Mendes',
      '佐藤 健',
      'Dana',
    ]);
    const [aiko, , carla, ken, dana] = result.records;
    expect(aiko).toMatchObject({
      line: 5,
      firstInteractionAt: new Date(2024, 2, 12).getTime(),
      person: {
        company: 'Kumo Systems, K.K.',
        role: 'Staff Engineer',
        emails: ['aiko@example.com'],
        links: ['https://www.linkedin.com/in/aiko-tanaka-example'],
        source: 'import:linkedin',
      },
    });
    expect(carla!.person.role).toBe('Engineering Manager, Platform');
    expect(ken!.person).toMatchObject({
      familyName: '佐藤',
      givenName: '健',
      nameOrder: 'family-given',
      emails: [],
    });
    expect(dana!.person).toMatchObject({ givenName: 'Dana', familyName: '' });
    expect(dana!.firstInteractionAt).toBe(new Date(2020, 1, 19).getTime());
  });

  it('keeps a person whose date cannot be read, with a warning', () => {
    const table = readCsv(
      'First Name,Last Name,Connected On\nEve,Ng,2024-03-12\nFay,Ho,31 Feb 2024\n',
    );
    if (!table.ok) throw new Error(table.error);
    const mapped = mapLinkedInRows(table.rows);
    expect(mapped.records.map((record) => record.firstInteractionAt)).toEqual([
      undefined,
      undefined,
    ]);
    expect(mapped.warnings).toEqual([
      { line: 2, reason: 'unreadable-date', value: '2024-03-12' },
      { line: 3, reason: 'unreadable-date', value: '31 Feb 2024' },
    ]);
  });
});

describe('Google contacts', () => {
  const result = mapGoogleContactsRows(fixtureTable('google-contacts.csv').rows);

  it('gives 山田 花子 with her reading, two e-mails, birthday and multi-line note', () => {
    expect(result.records).toHaveLength(2);
    expect(result.records[0]).toMatchObject({
      line: 2,
      person: {
        displayName: '山田 花子',
        nameReading: 'やまだ はなこ',
        company: 'Example Labs',
        role: 'Designer',
        emails: ['hanako@example.com', 'hanako.y@example.net'],
        phones: ['+81 90-0000-0001'],
        links: ['https://example.com/hanako'],
      },
    });
    expect(result.records[0]!.person.notes).toBe(
      'Met at RubyKaigi. Into accessibility\nand typography.\nBirthday: 1990-04-01\nLabels: Tokyo Rubyist',
    );
  });

  it('splits Luis’s two phones and rejects the nameless row with its line', () => {
    expect(result.records[1]!.person).toMatchObject({
      displayName: 'Luis García',
      phones: ['+1 555 0100', '+1 555 0101'],
      emails: ['luis@example.com'],
    });
    expect(result.rejected).toEqual([{ line: 5, reason: 'no-name-or-email' }]);
  });
});

describe('Meetup attendees', () => {
  it('gives 4 people with what each did', () => {
    const result = mapMeetupRows(fixtureTable('meetup-attendees.csv').rows);
    expect(
      result.records.map((record) => [record.person.displayName, record.attendance?.status]),
    ).toEqual([
      ['Aiko Tanaka', 'attended'],
      ['Ben Okafor', 'rsvp-yes'],
      ['Mika Ito', 'attended'],
      ['Sam Lee', 'rsvp-no'],
    ]);
    expect(result.records[1]!.person).toMatchObject({
      givenName: 'Ben',
      familyName: 'Okafor',
      notes: 'Looking for a Rust job',
      links: ['https://www.meetup.com/members/1002/'],
    });
    expect(result.records[1]!.attendance!.rsvpAt).toBe(new Date(2026, 9, 2, 21, 40).getTime());
    expect(result.records[2]!.person.notes).toBe('First time, "shy" but keen');
  });
});

describe('Luma guests', () => {
  it('keeps approval, check-in time and the custom answer as a note', () => {
    const result = mapLumaRows(fixtureTable('luma-guests.csv').rows);
    expect(result.records).toHaveLength(3);
    const [aiko, priya, tom] = result.records;
    expect(aiko!.attendance).toMatchObject({
      status: 'attended',
      raw: 'approved',
      checkedInAt: Date.parse('2026-10-20T18:55:10.000Z'),
    });
    expect(aiko!.person.notes).toBe('What are you working on?: Distributed tracing in Rust');
    expect(priya!.attendance).toMatchObject({ status: 'rsvp-yes', raw: 'approved' });
    expect(priya!.attendance!.checkedInAt).toBeUndefined();
    expect(priya!.person).toMatchObject({
      phones: ['+44 7700 900000'],
      notes: 'What are you working on?: Hiring Elixir devs, ask me',
    });
    expect(tom!.attendance).toMatchObject({ status: 'waitlist', raw: 'waitlist' });
    expect(tom!.person.notes).toBe('');
  });
});

describe('connpass participants', () => {
  it('gives 3 people, keeps attendance and reports the withdrawn user', () => {
    const result = mapConnpassRows(fixtureTable('connpass-participants.csv').rows);
    expect(
      result.records.map((record) => [record.person.displayName, record.attendance?.status]),
    ).toEqual([
      ['田中 愛子', 'attended'],
      ['佐藤 健', 'rsvp-yes'],
      ['伊藤 美香', 'attended'],
    ]);
    expect(result.records[0]!.person).toMatchObject({
      familyName: '田中',
      givenName: '愛子',
      links: ['https://connpass.com/user/aiko_t/'],
      notes: 'connpass: aiko_t\nコメント: Rustの話がしたいです',
    });
    expect(result.records[0]!.attendance).toMatchObject({
      raw: '参加 / 出席',
      checkedInAt: new Date(2026, 9, 20, 19, 1).getTime(),
    });
    expect(result.rejected).toEqual([{ line: 5, reason: 'withdrawn-user' }]);
  });
});

describe('generic CSV with a column mapping', () => {
  it('suggests a mapping from Japanese and English headers', () => {
    expect(suggestColumnMapping(fixtureTable('volunteer-roster-shiftjis.csv').headers)).toEqual({
      氏名: 'displayName',
      フリガナ: 'nameReading',
      メールアドレス: 'emails',
      役割: 'volunteerRole',
      担当時間: 'volunteerShift',
      メモ: 'notes',
    });
    expect(suggestColumnMapping(['Full Name', 'E-mail', 'Job_Title', 'Favourite colour'])).toEqual({
      'Full Name': 'displayName',
      'E-mail': 'emails',
      Job_Title: 'role',
      'Favourite colour': 'ignore',
    });
  });

  it('gives the Shift_JIS roster’s 3 volunteers with hiragana readings, role and shift', () => {
    const table = fixtureTable('volunteer-roster-shiftjis.csv');
    const result = mapGenericRows(table.rows, suggestColumnMapping(table.headers));
    expect(result.rejected).toEqual([]);
    expect(
      result.records.map((record) => [
        record.person.displayName,
        record.person.nameReading,
        record.volunteer,
      ]),
    ).toEqual([
      ['山田 花子', 'やまだ はなこ', { role: '受付', shift: '18:00-19:00' }],
      ['佐藤 健', 'さとう けん', { role: '会場設営', shift: '17:00-18:30' }],
      ['Aiko Tanaka', 'たなか あいこ', { role: '撮影', shift: '19:00-21:00' }],
    ]);
    expect(result.records[2]!.person.notes).toBe('カメラ持参, 三脚あり');
  });

  it('follows the user’s mapping, joins several columns and labels other notes', () => {
    const table = readCsv(
      'Who,Mail,Alt mail,Team,Topics\nAiko,a@example.com,b@example.com,Infra,"rust, go"\n,,,,\n',
    );
    if (!table.ok) throw new Error(table.error);
    const result = mapGenericRows(table.rows, {
      Who: 'displayName',
      Mail: 'emails',
      'Alt mail': 'emails',
      Team: 'notes',
      Topics: 'interests',
    });
    expect(result.records[0]!.person).toMatchObject({
      displayName: 'Aiko',
      emails: ['a@example.com', 'b@example.com'],
      interests: ['rust', 'go'],
      notes: 'Team: Infra',
    });
  });

  it('rejects a row with neither name nor e-mail, and names a row after its only e-mail', () => {
    const table = readCsv('Name,Email,Memo\n,,just a memo\n,solo@example.com,\n');
    if (!table.ok) throw new Error(table.error);
    const result = mapGenericRows(table.rows, suggestColumnMapping(table.headers));
    expect(result.rejected).toEqual([{ line: 2, reason: 'no-name-or-email' }]);
    expect(result.records[0]).toMatchObject({
      line: 3,
      person: { displayName: 'solo@example.com' },
    });
  });
});
