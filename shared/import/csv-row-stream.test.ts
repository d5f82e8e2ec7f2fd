import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
