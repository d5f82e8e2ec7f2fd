// Rows → CSV text. Excel-safe by default: a UTF-8 BOM (so Excel reads Japanese text as UTF-8) and
// CRLF line ends; `excelSafe: false` drops both, for tools that prefer plain UTF-8 with LF. The
// formula guard applies either way: a CSV opened in a spreadsheet must never run code. Cells with a
// tab or semicolon are quoted too, so that no reader that sniffs the delimiter can mistake it.
import Papa from 'papaparse';
import { formatCell, type ExportColumn } from './export-column';
import { neutraliseFormula } from './neutralise-formula';

export const UTF8_BOM = '\ufeff';

export interface CsvOptions {
  excelSafe?: boolean;
}

export function toCsv<Row>(
  rows: Iterable<Row>,
  columns: readonly ExportColumn<Row>[],
  { excelSafe = true }: CsvOptions = {},
): string {
  const data: string[][] = [];
  for (const row of rows) {
    data.push(
      columns.map((column) => neutraliseFormula(formatCell(column.kind, column.value(row)))),
    );
  }
  const csv = Papa.unparse(
    { fields: columns.map((column) => column.header), data },
    {
      newline: excelSafe ? '\r\n' : '\n',
      quotes: (value: unknown) => typeof value === 'string' && /[\t;]/.test(value),
      escapeFormulae: false,
    },
  );
  return (excelSafe ? UTF8_BOM : '') + csv + (excelSafe ? '\r\n' : '\n');
}
