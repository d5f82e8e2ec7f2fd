import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Person } from '../domain/entities';
import { decodeText } from '../import/decode-text';
import { detectCsvFormat } from '../import/detect-format';
import { mapHallwayRows } from '../import/formats/hallway';
import type { PersonDraft } from '../import/import-record';
import { readCsv } from '../import/read-csv';
import { PEOPLE_COLUMNS } from './columns';
import { toCsv } from './to-csv';

const tricky = fc.constantFrom(
  'a',
  'Z',
  '1',
  ' ',
  ',',
  '"',
  "'",
  '\n',
  '\r\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  '\uFEFF',
  '\u00A0',
  '\u3000',
  ';',
  '山',
  '田',
  'ハ',
  'な',
  '、',
  '😀',
  'é',
);
const text = fc.string({ unit: tricky, maxLength: 12 });
/** List items: not empty and without `;`, since lists are joined with `; `. */
const item = fc
  .string({ unit: tricky, minLength: 1, maxLength: 8 })
  .filter((value) => !value.includes(';'));
const list = fc.array(item, { maxLength: 3 });

const draft: fc.Arbitrary<PersonDraft> = fc.record({
  displayName: fc.string({ unit: tricky, minLength: 1, maxLength: 12 }),
  givenName: text,
  familyName: text,
  nameReading: text,
  nameOrder: fc.constantFrom('given-family' as const, 'family-given' as const),
  company: text,
  role: text,
  location: text,
  languages: list,
  emails: list,
  phones: list,
  links: list,
  interests: list,
  offers: list,
  asks: list,
  notes: text,
  keepInTouchDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
  source: text,
});

function asPerson(fields: PersonDraft, index: number): Person {
  return {
    ...fields,
    id: `person-${index}`,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000 + index,
    deletedAt: 0,
    emailKeys: [],
    linkKeys: [],
    nameKeys: [],
    sortName: '',
    lastContactAt: 0,
  } as Person;
}

describe('people CSV round trip', () => {
  it('exports people and imports the same people back', () => {
    fc.assert(
      fc.property(
        fc.array(draft, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (drafts, excelSafe) => {
          const csv = toCsv(drafts.map(asPerson), PEOPLE_COLUMNS, { excelSafe });
          const decoded = decodeText(new TextEncoder().encode(csv));
          if (!decoded.ok) throw new Error(decoded.error);
          const table = readCsv(decoded.text);
          if (!table.ok) throw new Error(table.error);
          expect(detectCsvFormat(table.headers)).toBe('hallway');
          const result = mapHallwayRows(table.rows);
          expect(result.rejected).toEqual([]);
          expect(result.records.map((record) => record.person)).toEqual(drafts);
        },
      ),
      { numRuns: 200 },
    );
  });
});
