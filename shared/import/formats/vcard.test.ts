import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../decode-text';
import { parseVCards, splitVCardValue } from './vcard';

function fixtureText(): string {
  const bytes = new Uint8Array(readFileSync(new URL('../fixtures/contacts.vcf', import.meta.url)));
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
}

describe('parseVCards', () => {
  const result = parseVCards(fixtureText());

  it('reads Rei Yamamoto from the phone’s vCard 3.0, photo dropped', () => {
    expect(result.records[0]).toMatchObject({
      line: 1,
      person: {
        displayName: 'Rei Yamamoto',
        givenName: 'Rei',
        familyName: 'Yamamoto',
        nameReading: 'やまもと れい',
        company: 'Sakura Data',
        role: 'Data Engineer',
        emails: ['rei@example.com'],
        phones: ['+81 80 0000 0002'],
        links: ['https://github.com/rei-example'],
        notes: 'Met at Tokyo Rubyist Meetup, talked about DuckDB\nWants intro to Elixir folks',
        source: 'import:vcard',
      },
    });
    expect(JSON.stringify(result.records[0])).not.toContain('ctGyGh');
  });

  it('reads Jonas Berg’s categories as interests (vCard 4.0)', () => {
    expect(result.records[1]!.person).toMatchObject({
      displayName: 'Jonas Berg',
      interests: ['go', 'community', 'venues'],
      company: 'Nordic Compute',
      emails: ['jonas@example.se'],
    });
  });

  it('imports the card with only an e-mail under that address', () => {
    expect(result.records).toHaveLength(3);
    expect(result.records[2]).toMatchObject({
      line: 32,
      person: { displayName: 'no-name@example.com', emails: ['no-name@example.com'] },
    });
    expect(result.rejected).toEqual([]);
  });

  it('rejects an empty card and one that never ends, at their BEGIN line', () => {
    const text = 'BEGIN:VCARD\nVERSION:4.0\nFN:\nEND:VCARD\nBEGIN:VCARD\nFN:Cut Off\n';
    expect(parseVCards(text)).toEqual({
      records: [],
      rejected: [
        { line: 1, reason: 'empty-card' },
        { line: 5, reason: 'unreadable-card' },
      ],
      warnings: [],
    });
  });

  it('unfolds lines folded with a tab and keeps escaped separators', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nNOTE:one\\; two\r\n\t\\\\ three\r\nTEL;VALUE=uri:tel:+1-555-0100\r\nEND:VCARD\r\n';
    expect(parseVCards(text).records[0]!.person).toMatchObject({
      notes: 'one; two\\ three',
      phones: ['+1-555-0100'],
    });
  });

  it('splits structured values only on unescaped separators', () => {
    expect(splitVCardValue('a\\,b,c\\nd', ',')).toEqual(['a,b', 'c\nd']);
    expect(splitVCardValue('Berg;Jonas;;;', ';')).toEqual(['Berg', 'Jonas', '', '', '']);
  });
});
