import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { CsvRowStream } from './csv-row-stream';
import { decodeText } from './decode-text';
import { MAX_CELL_CHARS, MAX_COLUMNS, readCsv, type CsvReadResult } from './read-csv';

function readFixtureText(name: string): string {
  const decoded = decodeText(
    new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))),
  );
  if (!decoded.ok) throw new Error(`fixture ${name} did not decode`);
  return decoded.text;
}

/** The stream fed `text` cut at `cuts`, in readCsv's shape. */
function streamed(text: string, cuts: number[]): CsvReadResult {
  const stream = new CsvRowStream();
  const rows = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    rows.push(...stream.push(text.slice(from, cut)));
    from = Math.max(from, cut);
  }
  rows.push(...stream.push(text.slice(from)));
  rows.push(...stream.end());
  if (stream.failure) return stream.failure;
  return { ok: true, ...stream.header!, rows };
}

/** The text cut into pieces of `size` characters, as the import worker decodes a file. */
function piecesOf(text: string, size: number): number[] {
  return Array.from({ length: Math.ceil(text.length / size) }, (_, index) => index * size);
}

/** Counts the characters handed to papaparse's parser, over all its parses from now on. */
function countCharactersParsed(): () => number {
  const RealParser = Papa.Parser;
  let total = 0;
  vi.spyOn(Papa, 'Parser').mockImplementation(function (config: Papa.ParseConfig) {
    const parser = new RealParser(config);
    const parse = parser.parse.bind(parser);
    parser.parse = (input: string, baseIndex: number, ignoreLastRow: boolean): unknown => {
      total += input.length;
      return parse(input, baseIndex, ignoreLastRow);
    };
    return parser;
  });
  return () => total;
}

const FIXTURES = [
  'linkedin-connections.csv',
  'google-contacts.csv',
  'meetup-attendees.csv',
  'luma-guests.csv',
  'connpass-participants.csv',
  'volunteer-roster-shiftjis.csv',
];

describe('CsvRowStream', () => {
  it.each(FIXTURES)('reads %s exactly as readCsv, however the text is cut', (name) => {
    const text = readFixtureText(name);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 8 }), (cuts) => {
        expect(streamed(text, cuts)).toEqual(readCsv(text));
      }),
      { numRuns: 60 },
    );
  });

  it('agrees with readCsv on generated CSV, failures included', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'a', '"q"', '"x,\ny"', '"""', '  ', '山田', '"open'),
      fc.string({ maxLength: 4 }),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    const file = fc.tuple(fc.array(row, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'));
    fc.assert(
      fc.property(file, fc.array(fc.nat({ max: 200 }), { maxLength: 5 }), ([rows, eol], cuts) => {
        const text = rows.join(eol);
        expect(streamed(text, cuts)).toEqual(readCsv(text));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses rows past the shape limits as readCsv does, however the text is cut', () => {
    const wide = Array.from({ length: MAX_COLUMNS + 5 }, () => 'x').join(',');
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const files = [
      `Name,Email\nAiko,a@example.com\n${wide}\nBen,b@example.com\n`,
      `Name,Notes\r\nAiko,"two\r\nlines","${long}"\r\nBen,x\r\n`,
    ];
    for (const text of files) {
      const expected = readCsv(text);
      expect(expected.ok).toBe(false);
      fc.assert(
        fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 6 }), (cuts) => {
          expect(streamed(text, cuts)).toEqual(expected);
        }),
        { numRuns: 30 },
      );
    }
  });

  it.each([
    [
      'a 16 MB quoted cell',
      `Name,Notes\r\nAiko,"${'x'.repeat(16 * 1024 * 1024)}"\r\nBen,short\r\n`,
      { ok: false, error: 'cell-too-long', line: 2, column: 2 },
    ],
    [
      'a quote never closed, then 16 MB of rows',
      `Name,Notes\n"Aiko,open\n${'Ben,fine\n'.repeat(1_800_000)}`,
      { ok: false, error: 'unbalanced-quotes', line: 2 },
    ],
  ])('parses %s in linear time, however long its unfinished row', (_, text, failure) => {
    const charactersParsed = countCharactersParsed();
    expect(streamed(text, piecesOf(text, 65_536))).toEqual(failure);
    expect(charactersParsed()).toBeLessThanOrEqual(3 * text.length);
  });

  it('reads a long cell within the limits in linear time, in small pieces', () => {
    const notes = 'x'.repeat(MAX_CELL_CHARS);
    const rows = (count: number) => 'Ben,fine\n'.repeat(count);
    const text = `Name,Notes\n${rows(150_000)}Aiko,"${notes}"\n${rows(50_000)}`;
    const charactersParsed = countCharactersParsed();
    const result = streamed(text, piecesOf(text, 256));
    if (!result.ok) throw new Error(result.error);
    expect(result.rows).toHaveLength(200_001);
    expect(result.rows[150_000]).toEqual({ line: 150_002, values: { Name: 'Aiko', Notes: notes } });
    expect(charactersParsed()).toBeLessThanOrEqual(3 * text.length);
  });

  it('reads a file larger than its sniffing window across many pushes', () => {
    const lines = ['Name,Email'];
    for (let index = 0; index < 5000; index++)
      lines.push(`"Person ${index}",p${index}@example.com`);
    const text = lines.join('\r\n');
    const cuts = Array.from({ length: 40 }, (_, index) => index * 4099);
    const result = streamed(text, cuts);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows).toHaveLength(5000);
    expect(result.rows[4999]).toEqual({
      line: 5001,
      values: { Name: 'Person 4999', Email: 'p4999@example.com' },
    });
  });
});
