import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { MAX_CELL_CHARS, MAX_COLUMNS, readCsv } from './read-csv';

function readFixtureText(name: string): string {
  const decoded = decodeText(
    new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))),
  );
  if (!decoded.ok) throw new Error(`fixture ${name} did not decode`);
  return decoded.text;
}

describe('readCsv', () => {
  it("skips LinkedIn's Notes: preamble and numbers rows by their line in the file", () => {
    const table = readCsv(readFixtureText('linkedin-connections.csv'));
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    expect(table.headerLine).toBe(4);
    expect(table.headers).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([5, 6, 7, 8, 9]);
    expect(table.rows[0]!.values['Company']).toBe('Kumo Systems, K.K.');
  });

  it('counts the lines inside multi-line quoted cells', () => {
    const table = readCsv(readFixtureText('google-contacts.csv'));
    if (!table.ok) throw new Error(table.error);
    expect(table.rows.map((row) => row.line)).toEqual([2, 4, 5]);
    expect(table.rows[0]!.values['Notes']).toBe(
      'Met at RubyKaigi. Into accessibility\nand typography.',
    );
  });

  it.each(['\r\n', '\n', '\r'])(
    'counts lines with %j breaks, keeping a blank row between rows but not at the end',
    (eol) => {
      const text = ['', 'a,b', '1,"x', 'y"', '', '2,z', '3,"p', '', 'q"', ',', '4,v', '', ','].join(
        eol,
      );
      const table = readCsv(text);
      if (!table.ok) throw new Error(table.error);
      expect(table.rows.map((row) => [row.line, row.values['a']])).toEqual([
        [3, '1'],
        [5, ''],
        [6, '2'],
        [7, '3'],
        [10, ''],
        [11, '4'],
      ]);
    },
  );

  it('fills missing cells and suffixes repeated headers', () => {
    const table = readCsv('Email,Email,Name\na@example.com\n');
    if (!table.ok) throw new Error(table.error);
    expect(table.headers).toEqual(['Email', 'Email (2)', 'Name']);
    expect(table.rows[0]!.values).toEqual({ Email: 'a@example.com', 'Email (2)': '', Name: '' });
  });

  it('reads a single-column file', () => {
    const table = readCsv('Email\na@example.com\nb@example.com\n');
    if (!table.ok) throw new Error(table.error);
    expect(table.rows.map((row) => row.values['Email'])).toEqual([
      'a@example.com',
      'b@example.com',
    ]);
  });

  it('reads tab-separated files', () => {
    const table = readCsv('Name\tEmail\nAiko\taiko@example.com\n');
    if (!table.ok) throw new Error(table.error);
    expect(table.rows[0]!.values).toEqual({ Name: 'Aiko', Email: 'aiko@example.com' });
  });

  it('rejects an unterminated quote with the line of its row', () => {
    expect(readCsv('Name,Notes\nAiko,fine\nBen,"never closed\nCarla,x\n')).toEqual({
      ok: false,
      error: 'unbalanced-quotes',
      line: 3,
    });
  });

  it('says a spreadsheet formula’s quotes are stray quotes in an unquoted cell, with the line', () => {
    const text =
      'Name,Link,Email\nAiko,a,a@x.com\nBen,=HYPERLINK("http://x","y"),b@x.com\nCarla,c,c\n';
    expect(readCsv(text)).toEqual({ ok: false, error: 'stray-quote', line: 3 });
  });

  it('rejects a row of more than MAX_COLUMNS columns at the first column past the limit', () => {
    const wide = Array.from({ length: 20_000 }, (_, index) => `c${index}`).join(',');
    expect(readCsv(`${wide}\n`)).toEqual({
      ok: false,
      error: 'too-many-columns',
      line: 1,
      column: MAX_COLUMNS + 1,
    });
    const limit = Array.from({ length: MAX_COLUMNS }, () => 'x').join(',');
    expect(readCsv(`Name,Email\n${limit}\n${limit},x\n`)).toEqual({
      ok: false,
      error: 'too-many-columns',
      line: 3,
      column: MAX_COLUMNS + 1,
    });
  });

  it('rejects a cell longer than MAX_CELL_CHARS at the line and column where it starts', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    const fits = 'x'.repeat(MAX_CELL_CHARS);
    expect(readCsv(`Name,Notes,Email\nAiko,"${fits}",a@example.com\n`).ok).toBe(true);
    expect(readCsv(`Name,Notes,Email\nAiko,"two\nlines",a@example.com\nBen,x,"${long}"\n`)).toEqual(
      { ok: false, error: 'cell-too-long', line: 4, column: 3 },
    );
    expect(readCsv(`Name,Notes\r\n"A\r\nB","C\rD",${long}\r\n`)).toEqual({
      ok: false,
      error: 'cell-too-long',
      line: 4,
      column: 3,
    });
  });

  it('rejects a header without rows, and an empty file', () => {
    expect(readCsv('\r\nName,Email\r\n\r\n')).toEqual({ ok: false, error: 'header-only', line: 2 });
    expect(readCsv('')).toEqual({ ok: false, error: 'empty', line: 1 });
    expect(readCsv('\n ,\n')).toEqual({ ok: false, error: 'empty', line: 1 });
  });
});
