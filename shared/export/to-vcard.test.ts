import { describe, expect, it } from 'vitest';
import { parseVCards } from '../import/formats/vcard';
import { foldLine, toVCard, type VCardPerson } from './to-vcard';

const hanako: VCardPerson = {
  displayName: '山田 花子',
  givenName: '花子',
  familyName: '山田',
  nameReading: 'やまだ はなこ',
  nameOrder: 'family-given',
  company: 'Example Labs; Tokyo',
  role: 'Designer',
  emails: ['hanako@example.com', 'hanako.y@example.net'],
  phones: ['+81 90-0000-0001'],
  links: ['https://example.com/hanako'],
  interests: ['accessibility', 'type, lettering'],
  notes: 'Met at RubyKaigi, Into accessibility\nand typography \\o/',
};

describe('toVCard', () => {
  it('writes vCard 4.0 with the reading as X-PHONETIC fields and SORT-AS', () => {
    const card = toVCard([hanako]);
    expect(card.split('\r\n').slice(0, 6)).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:山田 花子',
      'N;SORT-AS="やまだ,はなこ":山田;花子;;;',
      'X-PHONETIC-LAST-NAME:やまだ',
      'X-PHONETIC-FIRST-NAME:はなこ',
    ]);
    expect(card).toContain(
      'NOTE:Met at RubyKaigi\\, Into accessibility\\nand typography \\\\o/\r\n',
    );
    expect(card).toContain('CATEGORIES:accessibility,type\\, lettering\r\n');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('reads back as the same person through the vCard importer', () => {
    const { records, rejected } = parseVCards(
      toVCard([
        hanako,
        {
          ...hanako,
          displayName: 'Ada Lovelace',
          givenName: 'Ada',
          familyName: 'Lovelace',
          nameReading: '',
          nameOrder: 'given-family',
        },
      ]),
    );
    expect(rejected).toEqual([]);
    expect(records[0]!.person).toMatchObject({
      displayName: '山田 花子',
      nameReading: 'やまだ はなこ',
      company: 'Example Labs; Tokyo',
      emails: hanako.emails,
      phones: hanako.phones,
      links: hanako.links,
      interests: hanako.interests,
      notes: hanako.notes,
    });
    expect(records[1]!.person).toMatchObject({ displayName: 'Ada Lovelace', nameReading: '' });
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const folded = foldLine(`NOTE:${'あ'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `NOTE:${'あ'.repeat(60)}`,
    );
  });
});
