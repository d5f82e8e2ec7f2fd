// Every generation of the Google, Outlook and LinkedIn contact exports people still have on disk,
// read from small files in their real encodings (the older Google export is UTF-16 with a BOM).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../read-import-file';
import type { MapResult } from '../import-record';
import { suggestColumnMapping } from './generic-csv';

function mapped(name: string): { format: string; encoding: string; result: MapResult } {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
  const read = readImportFile(bytes);
  if (!read.ok || read.format === 'generic-csv') throw new Error(`${name}: not recognised`);
  return read;
}

describe('the older Google Contacts export (UTF-16, Given Name / Yomi / Organization 1)', () => {
  const { format, encoding, result } = mapped('google-contacts-legacy-utf16.csv');

  it('is recognised as Google Contacts, read as UTF-16', () => {
    expect(format).toBe('google-contacts');
    expect(encoding).toBe('utf-16le');
    expect(result.rejected).toEqual([]);
  });

  it('keeps reading, e-mails, phones, company, title, website and groups', () => {
    const [hanako, luis] = result.records;
    expect(hanako!.person).toMatchObject({
      displayName: '山田 花子',
      givenName: '花子',
      familyName: '山田',
      nameReading: 'やまだ はなこ',
      emails: ['hanako@example.com', 'hanako.y@example.net'],
      phones: ['+81 90-0000-0001'],
      company: 'Example Labs',
      role: 'Designer',
      links: ['https://example.com/hanako'],
    });
    expect(hanako!.person.notes).toContain('Tokyo Rubyist');
    expect(hanako!.person.notes).toContain('Birthday: 1990-04-01');
    expect(luis!.person).toMatchObject({
      displayName: 'Luis García',
      nameReading: 'るいす がるしあ',
      emails: ['luis@example.com'],
      phones: ['+1 555 0100', '+1 555 0101'],
      company: 'Acme Cloud',
      role: 'SRE',
    });
  });
});

describe('the Outlook contacts export', () => {
  const { format, result } = mapped('outlook-contacts.csv');

  it('maps e-mails, the person’s own phones, company, job title (not the honorific) and reading', () => {
    expect(format).toBe('outlook');
    const [priya, ken] = result.records;
    expect(priya!.person).toMatchObject({
      displayName: 'Priya Nair',
      emails: ['priya@example.org', 'priya.n@example.net'],
      phones: ['+44 7700 900000'],
      company: 'Nair Labs',
      role: 'CTO',
      links: ['https://example.org/priya'],
      notes: 'Met at Elixir Conf\nCategories: Speakers',
    });
    expect(ken!.person).toMatchObject({
      displayName: '佐藤 健',
      nameReading: 'さとう けん',
      company: '株式会社サンプル',
      role: 'バックエンドエンジニア',
      phones: ['03-0000-0000'],
    });
  });
});

describe('the older LinkedIn export (no URL column, no preamble)', () => {
  it('is recognised as LinkedIn and keeps company, position and e-mail', () => {
    const { format, result } = mapped('linkedin-connections-2019.csv');
    expect(format).toBe('linkedin');
    expect(result.records[0]).toMatchObject({
      firstInteractionAt: new Date(2019, 2, 12).getTime(),
      person: { company: 'Kumo Systems', role: 'Staff Engineer', emails: ['aiko@example.com'] },
    });
  });
});

describe('a CSV that falls to the generic mapping', () => {
  it('maps the contact exports’ numbered and compound columns by name, English and Japanese', () => {
    expect(
      suggestColumnMapping([
        'E-mail 2 - Value',
        'E-mail 3 Address',
        'Phone 1 - Value',
        'Mobile Phone',
        'Organization 1 - Name',
        'Organization 1 - Title',
        'Website 1 - Value',
        'Yomi Name',
        'Family Name Yomi',
        'メールアドレス 2',
        '携帯電話 2',
        '姓（ふりがな）',
        'Phone 1 - Type',
      ]),
    ).toEqual({
      'E-mail 2 - Value': 'emails',
      'E-mail 3 Address': 'emails',
      'Phone 1 - Value': 'phones',
      'Mobile Phone': 'phones',
      'Organization 1 - Name': 'company',
      'Organization 1 - Title': 'role',
      'Website 1 - Value': 'links',
      'Yomi Name': 'nameReading',
      'Family Name Yomi': 'nameReading',
      'メールアドレス 2': 'emails',
      '携帯電話 2': 'phones',
      '姓（ふりがな）': 'nameReading',
      'Phone 1 - Type': 'ignore',
    });
  });
});
