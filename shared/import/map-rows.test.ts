import { describe, expect, it } from 'vitest';
import { mapGenericRows } from './formats/generic-csv';
import { readCsv } from './read-csv';

describe('rows every CSV mapper shares', () => {
  it('reports an all-empty row between people by its line, not dropping it unseen', () => {
    const table = readCsv('Name,Email\nAiko,a@example.com\n,\n\nBen,b@example.com\n,\n');
    if (!table.ok) throw new Error(table.error);
    const result = mapGenericRows(table.rows, { Name: 'displayName', Email: 'emails' });
    expect(result.records.map((record) => record.line)).toEqual([2, 5]);
    expect(result.rejected).toEqual([
      { line: 3, reason: 'empty-row' },
      { line: 4, reason: 'empty-row' },
    ]);
  });

  it('reads a row with more cells than the header, and shows what it leaves out', () => {
    const table = readCsv('Name,Email\nAiko,a@example.com,=HYPERLINK("x",\nBen,b@example.com\n');
    if (!table.ok) throw new Error(table.error);
    const result = mapGenericRows(table.rows, { Name: 'displayName', Email: 'emails' });
    expect(result.records.map((record) => record.person.displayName)).toEqual(['Aiko', 'Ben']);
    expect(result.warnings).toEqual([{ line: 2, reason: 'extra-cells', value: '=HYPERLINK("x"' }]);
  });
});
