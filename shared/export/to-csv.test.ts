import { describe, expect, it } from 'vitest';
import type { ExportColumn } from './export-column';
import { toCsv } from './to-csv';

interface Row {
  name: string;
  tags: string[];
  at: number | null;
  count: number;
}

const columns: ExportColumn<Row>[] = [
  { header: 'Name', description: '', kind: 'text', value: (row) => row.name },
  { header: 'Tags', description: '', kind: 'list', value: (row) => row.tags },
  { header: 'At', description: '', kind: 'date', value: (row) => row.at },
  { header: 'Count', description: '', kind: 'number', value: (row) => row.count },
];

describe('toCsv', () => {
  it('writes a BOM and CRLF by default, lists joined with "; " and dates in ISO 8601', () => {
    const csv = toCsv(
      [{ name: '山田 花子', tags: ['rust', 'go'], at: Date.UTC(2026, 9, 20, 9, 5), count: 3 }],
      columns,
    );
    expect(csv).toBe(
      '\ufeffName,Tags,At,Count\r\n山田 花子,"rust; go",2026-10-20T09:05:00.000Z,3\r\n',
    );
  });

  it('drops both the BOM and CRLF when not Excel-safe', () => {
    const csv = toCsv([{ name: 'A', tags: [], at: null, count: 0 }], columns, { excelSafe: false });
    expect(csv).toBe('Name,Tags,At,Count\nA,,,0\n');
  });

  it('quotes commas, quotes and newlines, and neutralises formulas', () => {
    const csv = toCsv(
      [
        { name: '=HYPERLINK("x")', tags: ['-1', 'a,b'], at: 0, count: 1 },
        { name: 'two\nlines', tags: ['@x'], at: 0, count: 2 },
      ],
      columns,
    );
    expect(csv.split('\r\n').slice(1)).toEqual([
      `"'=HYPERLINK(""x"")","'-1; a,b",,1`,
      `"two\nlines",'@x,,2`,
      '',
    ]);
  });
});
