// Decoded CSV text → a header and data rows, each row with the 1-based line number where it starts
// in the original file, so that every rejected row can be reported where the user will find it.
// Multi-line quoted cells make row ≠ line: papaparse's step cursor gives where each row ends, and
// the line breaks between cursors are counted once, so the whole file is scanned only twice.
// Header detection: leading rows with fewer than two non-empty cells are skipped, which passes over
// LinkedIn's `Notes:` preamble (one quoted paragraph and a blank line). A file whose rows all have
// a single cell uses its first non-blank row as the header. Blank rows before the header and at
// the end of the file are skipped; a blank row between data rows is kept (its cells all empty), so
// that the import reports it by line instead of dropping it unseen.
// Errors are values: an empty file, a header with no rows, an unterminated quote (which would
// swallow the rest of the file) and a row past the shape limits (more than MAX_COLUMNS columns, a
// cell longer than MAX_CELL_CHARS: no list of people looks like that, and such a file would
// flood the mapping screen and the memory) reject the whole file with the line where it happened.
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  /** Cells by header; a header that repeats gets a suffix (`Email (2)`); missing cells are ''. */
  values: Record<string, string>;
  /** Filled cells past the header's last column (no column names them, so they are not read). */
  extra?: string[];
}

/** A data row by the header's names, with what lies past the header kept aside. */
export function toCsvRow(
  headers: readonly string[],
  line: number,
  cells: readonly string[],
): CsvRow {
  const values: Record<string, string> = {};
  headers.forEach((name, index) => {
    values[name] = cells[index] ?? '';
  });
  const extra = cells.slice(headers.length).filter((cell) => cell.trim() !== '');
  return extra.length > 0 ? { line, values, extra } : { line, values };
}

export interface CsvTable {
  ok: true;
  headers: string[];
  headerLine: number;
  rows: CsvRow[];
}

export type CsvFailure =
  | {
      ok: false;
      error: 'empty' | 'header-only' | 'unbalanced-quotes' | 'stray-quote';
      /** Line where the problem is (the header for header-only, the opening quote's row). */
      line: number;
    }
  | {
      ok: false;
      error: 'too-many-columns' | 'cell-too-long';
      /** Line where the cell at fault starts. */
      line: number;
      /** 1-based column of the cell at fault: the first past MAX_COLUMNS, or the long one. */
      column: number;
    };

export type CsvReadResult = CsvTable | CsvFailure;

interface RawRow {
  line: number;
  cells: string[];
}

/** The most columns a row may have. */
export const MAX_COLUMNS = 1000;
/** The most characters a cell may hold. */
export const MAX_CELL_CHARS = 100_000;

const DELIMITERS = [',', '\t', ';'] as const;
/** How much of the file is looked at to choose the delimiter. */
const DELIMITER_SNIFF_CHARS = 65536;

/** The delimiter seen most often outside quotes near the start of the file; comma on a tie. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  const end = Math.min(text.length, DELIMITER_SNIFF_CHARS);
  for (let index = 0; index < end; index++) {
    const char = text[index]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return DELIMITERS.reduce((best, delimiter) =>
    counts.get(delimiter)! > counts.get(best)! ? delimiter : best,
  );
}

/** Line breaks (CRLF, LF or a lone CR) in text[from, to). */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x0a) count++;
    else if (char === 0x0d && text.charCodeAt(index + 1) !== 0x0a) count++;
  }
  return count;
}

/** Cells with more than blanks in them. */
export function filledCells(cells: string[]): number {
  return cells.filter((cell) => cell.trim() !== '').length;
}

/** Header names made unique and trimmed, so that values can be looked up by name. */
export function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell) => {
    const name = cell.trim();
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** Where the line starting at `from` ends (its line break, or the end of the text). */
function lineEnd(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x0a || char === 0x0d) return index;
  }
  return text.length;
}

/**
 * A row whose quote never closes. When a quoted cell's closing quote on the row's first line is
 * followed by more text (`=HYPERLINK("http://x","y")`: the comma inside splits the cell, and the
 * part after it starts with a quote), the quote was a stray one in an unquoted cell, not an
 * unfinished quoted cell: that is what the user is told, with the line.
 */
export function quoteFailure(
  errors: readonly Papa.ParseError[],
  text: string,
  rowStart: number,
  rowLine: number,
): CsvFailure | null {
  if (!errors.some((error) => error.code === 'MissingQuotes')) return null;
  const end = lineEnd(text, rowStart);
  const stray = errors.some(
    (error) => error.code === 'InvalidQuotes' && error.index !== undefined && error.index < end,
  );
  return { ok: false, error: stray ? 'stray-quote' : 'unbalanced-quotes', line: rowLine };
}

/** The row's first cell past the shape limits, as a failure at the line where that cell starts. */
export function rowShapeFailure(cells: readonly string[], rowLine: number): CsvFailure | null {
  const checked = Math.min(cells.length, MAX_COLUMNS + 1);
  for (let index = 0; index < checked; index++) {
    if (index < MAX_COLUMNS && cells[index]!.length <= MAX_CELL_CHARS) continue;
    let line = rowLine;
    for (const cell of cells.slice(0, index)) line += countLineBreaks(cell, 0, cell.length);
    const error = index === MAX_COLUMNS ? 'too-many-columns' : 'cell-too-long';
    return { ok: false, error, line, column: index + 1 };
  }
  return null;
}

function parseRawRows(text: string): RawRow[] | CsvFailure {
  const rows: RawRow[] = [];
  let failure: CsvFailure | null = null;
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    step: (result, parser) => {
      const rowLine = line;
      const rowStart = cursor;
      line += countLineBreaks(text, cursor, result.meta.cursor);
      cursor = result.meta.cursor;
      failure =
        quoteFailure(result.errors, text, rowStart, rowLine) ??
        rowShapeFailure(result.data, rowLine);
      if (failure) {
        parser.abort();
        return;
      }
      rows.push({ line: rowLine, cells: result.data });
    },
  });
  return failure ?? rows;
}

export function readCsv(text: string): CsvReadResult {
  const parsed = parseRawRows(text);
  if (!Array.isArray(parsed)) return parsed;
  const nonBlank = parsed.filter((row) => filledCells(row.cells) > 0);
  if (nonBlank.length === 0) return { ok: false, error: 'empty', line: 1 };
  const found = nonBlank.findIndex((row) => filledCells(row.cells) >= 2);
  const header = nonBlank[Math.max(0, found)]!;
  const headers = uniqueHeaders(header.cells);
  // A one-column file (no row of two cells) skips its blank rows, as CsvRowStream does.
  const dataRows =
    found === -1
      ? nonBlank.slice(1)
      : parsed.slice(parsed.indexOf(header) + 1, parsed.indexOf(nonBlank.at(-1)!) + 1);
  if (dataRows.length === 0) return { ok: false, error: 'header-only', line: header.line };
  return {
    ok: true,
    headers,
    headerLine: header.line,
    rows: dataRows.map((row) => toCsvRow(headers, row.line, row.cells)),
  };
}
