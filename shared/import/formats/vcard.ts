// vCard 3.0 and 4.0 (RFC 2426, RFC 6350), as phones and address books export them. A small parser
// of our own: lines are unfolded (a line starting with a space or tab continues the previous one),
// `item1.` group prefixes are dropped, values are unescaped (`\n`, `\,`, `\;`, `\\`), structured
// values (N, ORG) and lists (CATEGORIES) are split on unescaped separators. Used: FN, N,
// X-PHONETIC-FIRST/LAST-NAME (Apple's and Google's readings), ORG, TITLE, EMAIL, TEL, URL, NOTE,
// CATEGORIES (as interests). PHOTO and everything else is dropped: Hallway keeps no pictures.
// A card with only an e-mail is imported under that address (see buildDraft); a card with neither
// name nor e-mail, or one that never ends, is rejected with the line of its BEGIN.
import type { MapResult } from '../import-record';
import { buildDraft, type DraftParts } from '../person-draft';

export const VCARD_SOURCE = 'import:vcard';

interface ContentLine {
  name: string;
  value: string;
}

interface RawCard {
  line: number;
  properties: ContentLine[];
  ended: boolean;
}

/** Unfolded logical lines, each with the physical line number where it starts. */
function unfold(text: string): { line: number; text: string }[] {
  const logical: { line: number; text: string }[] = [];
  text.split(/\r\n|\n|\r/).forEach((physical, index) => {
    const previous = logical[logical.length - 1];
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && previous) {
      previous.text += physical.slice(1);
    } else logical.push({ line: index + 1, text: physical });
  });
  return logical;
}

function parseContentLine(text: string): ContentLine | null {
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      const head = text.slice(0, index).split(';')[0]!;
      const name = head.slice(head.lastIndexOf('.') + 1).toUpperCase();
      return { name, value: text.slice(index + 1) };
    }
  }
  return null;
}

/** Splits on an unescaped separator, then unescapes each part. */
export function splitVCardValue(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && index + 1 < value.length) {
      current += char + value[index + 1];
      index++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map(unescapeVCardText);
}

export function unescapeVCardText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

function splitCards(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let current: RawCard | null = null;
  for (const { line, text: logical } of unfold(text)) {
    const property = parseContentLine(logical);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      current = { line, properties: [], ended: false };
      cards.push(current);
    } else if (property.name === 'END' && current) {
      current.ended = true;
      current = null;
    } else current?.properties.push(property);
  }
  return cards;
}

function cardParts(properties: ContentLine[]): DraftParts {
  const all = (name: string) => properties.filter((p) => p.name === name).map((p) => p.value);
  const first = (name: string) => unescapeVCardText(all(name)[0] ?? '');
  const [family = '', given = ''] = splitVCardValue(all('N')[0] ?? '', ';');
  const reading = [first('X-PHONETIC-LAST-NAME'), first('X-PHONETIC-FIRST-NAME')]
    .filter((part) => part.trim() !== '')
    .join(' ');
  return {
    displayName: first('FN'),
    givenName: given,
    familyName: family,
    nameReading: reading,
    company: splitVCardValue(all('ORG')[0] ?? '', ';')[0] ?? '',
    role: first('TITLE'),
    emails: all('EMAIL').map(unescapeVCardText),
    phones: all('TEL').map((value) => unescapeVCardText(value).replace(/^tel:/i, '')),
    links: all('URL').map(unescapeVCardText),
    interests: all('CATEGORIES').flatMap((value) => splitVCardValue(value, ',')),
    notes: all('NOTE').map(unescapeVCardText),
  };
}

export function parseVCards(text: string): MapResult {
  const result: MapResult = { records: [], rejected: [], warnings: [] };
  for (const card of splitCards(text)) {
    if (!card.ended) {
      result.rejected.push({ line: card.line, reason: 'unreadable-card' });
      continue;
    }
    const person = buildDraft(cardParts(card.properties), VCARD_SOURCE);
    if (person) result.records.push({ line: card.line, person });
    else result.rejected.push({ line: card.line, reason: 'empty-card' });
  }
  return result;
}
