// People → one vCard 4.0 file (RFC 6350), for phones and address books. Readings go out as Apple's
// X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME (which iOS, macOS and Android show and sort by) and
// as SORT-AS on N. The reading is split at its first space, family part first for family-first
// names; a reading without a space goes whole to the family part (family-first) or given part.
// Text is escaped per RFC 6350 (\\ , ; newline), parameter values per RFC 6868, and lines are
// folded at 75 octets without splitting a character. Ends of lines are CRLF.
import type { Person } from '../domain/entities';

export type VCardPerson = Pick<
  Person,
  | 'displayName'
  | 'givenName'
  | 'familyName'
  | 'nameReading'
  | 'nameOrder'
  | 'company'
  | 'role'
  | 'emails'
  | 'phones'
  | 'links'
  | 'interests'
  | 'notes'
>;

const MAX_LINE_OCTETS = 75;

export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\n|\r/g, '\\n');
}

function escapeParameter(value: string): string {
  return value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\n|\r/g, '^n')
    .replace(/"/g, "^'");
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function readingParts(person: VCardPerson): { family: string; given: string } {
  const reading = person.nameReading.trim();
  const space = reading.search(/[\s\u3000]/);
  const familyFirst = person.nameOrder === 'family-given';
  if (space < 0)
    return familyFirst ? { family: reading, given: '' } : { family: '', given: reading };
  const first = reading.slice(0, space);
  const rest = reading.slice(space + 1).trim();
  return familyFirst ? { family: first, given: rest } : { family: rest, given: first };
}

function personCard(person: VCardPerson): string[] {
  const reading = readingParts(person);
  const sortAs =
    reading.family || reading.given
      ? `;SORT-AS="${escapeParameter(`${reading.family.replace(/,/g, ' ')},${reading.given.replace(/,/g, ' ')}`)}"`
      : '';
  const displayName = person.displayName || person.emails[0] || '';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeVCardText(displayName)}`,
    `N${sortAs}:${escapeVCardText(person.familyName)};${escapeVCardText(person.givenName)};;;`,
  ];
  if (reading.family) lines.push(`X-PHONETIC-LAST-NAME:${escapeVCardText(reading.family)}`);
  if (reading.given) lines.push(`X-PHONETIC-FIRST-NAME:${escapeVCardText(reading.given)}`);
  if (person.company) lines.push(`ORG:${escapeVCardText(person.company)}`);
  if (person.role) lines.push(`TITLE:${escapeVCardText(person.role)}`);
  for (const email of person.emails) lines.push(`EMAIL:${escapeVCardText(email)}`);
  for (const phone of person.phones) lines.push(`TEL;VALUE=text:${escapeVCardText(phone)}`);
  for (const link of person.links) lines.push(`URL:${escapeVCardText(link)}`);
  if (person.interests.length > 0) {
    lines.push(`CATEGORIES:${person.interests.map(escapeVCardText).join(',')}`);
  }
  if (person.notes) lines.push(`NOTE:${escapeVCardText(person.notes)}`);
  lines.push('END:VCARD');
  return lines;
}

export function toVCard(people: Iterable<VCardPerson>): string {
  const lines: string[] = [];
  for (const person of people) lines.push(...personCard(person));
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
