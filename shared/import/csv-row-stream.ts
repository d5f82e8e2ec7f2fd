// readCsv for text that arrives in pieces (a large file decoded as it streams): the same header
// detection, line numbers, blank-row skipping and failures, without ever holding the whole text.
// Each push parses the complete rows of what has arrived (papaparse's low-level Parser with
// `ignoreLastRow`, as its own chunked streamer does) and keeps only the unfinished last row.
// Parsing starts from that row again, so a long unfinished row (a huge quoted cell, a quote never
// closed) is parsed again only once the text pending has doubled: each parse then hands papaparse
// at most twice what arrived since the one before, and a file costs time linear in its length
// however its rows are cut (re-parsing on every 64 KB chunk took 13 s for a 16 MB cell).
// The delimiter and line break are chosen from the first 1 M characters, as readCsv chooses them.
// Leading rows with fewer than two filled cells wait until a header row shows up; when the file
// ends first, its first non-blank row is the header (a one-column file), as in readCsv. Blank rows
// after the header wait for the next filled row: kept between data rows, dropped at the end.
import Papa from 'papaparse';
import {
  countLineBreaks,
  detectDelimiter,
  filledCells,
  quoteFailure,
  rowShapeFailure,
  toCsvRow,
  uniqueHeaders,
  type CsvFailure,
  type CsvRow,
} from './read-csv';

/** As much text as papaparse looks at to guess the line break (detectDelimiter looks at less). */
const SNIFF_CHARS = 1024 * 1024;

interface RawRow {
  line: number;
  cells: string[];
}

export interface CsvHeader {
  headers: string[];
  headerLine: number;
}

/** Papaparse's own guess (its guessLineEndings), so that rows split as readCsv splits them. */
function detectLineBreak(text: string): '\r\n' | '\n' | '\r' {
  const unquoted = text.replace(/"([^]*?)"/gm, '');
  const byCr = unquoted.split('\r');
  const byLf = unquoted.split('\n');
  if (byCr.length === 1 || (byLf.length > 1 && byLf[0]!.length < byCr[0]!.length)) return '\n';
  const followedByLf = byCr.filter((part) => part.startsWith('\n')).length;
  return followedByLf >= byCr.length / 2 ? '\r\n' : '\r';
}

export class CsvRowStream {
  private pending = '';
  private line = 1;
  private parser: Papa.Parser | null = null;
  private parsed: RawRow[] = [];
  private leading: RawRow[] = [];
  /** Blank rows since the last data row, kept only if a filled row follows. */
  private blanks: RawRow[] = [];
  private headerRow: CsvHeader | null = null;
  private failed: CsvFailure | null = null;
  private sawRows = false;
  /** How long the unfinished row was after the last parse. */
  private unfinished = 0;
  /** The text being parsed and where its last row ended, for counting lines. */
  private stepText = '';
  private cursor = 0;

  get header(): CsvHeader | null {
    return this.headerRow;
  }

  get failure(): CsvFailure | null {
    return this.failed;
  }

  /** Adds text; returns the data rows it completed (none before the header is known). */
  push(text: string): CsvRow[] {
    if (this.failed) return [];
    this.pending += text;
    if (!this.parser && this.pending.length < SNIFF_CHARS) return [];
    if (this.pending.length < 2 * this.unfinished) return [];
    return this.parse(false);
  }

  /** The end of the text: the rows still pending, or a failure (see `failure`). */
  end(): CsvRow[] {
    if (this.failed) return [];
    const rows = this.parse(true);
    if (this.failed) return [];
    if (!this.headerRow) {
      const [first, ...rest] = this.leading;
      if (!first) {
        this.failed = { ok: false, error: 'empty', line: 1 };
        return [];
      }
      this.headerRow = { headers: uniqueHeaders(first.cells), headerLine: first.line };
      rows.push(...rest.map((row) => this.toRow(row)));
    }
    if (!this.sawRows && rows.length === 0) {
      this.failed = { ok: false, error: 'header-only', line: this.headerRow.headerLine };
    }
    return rows;
  }

  private parse(last: boolean): CsvRow[] {
    this.parser ??= new Papa.Parser({
      delimiter: detectDelimiter(this.pending),
      newline: detectLineBreak(this.pending.slice(0, SNIFF_CHARS)),
      // The low-level parser hands its step the rows parsed since the last step: one.
      step: (result: Papa.ParseResult<string[]>) => this.step(result),
    });
    this.cursor = 0;
    const text = this.pending;
    this.stepText = text;
    const result = this.parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    this.pending = last ? '' : text.slice(result.meta.cursor);
    this.unfinished = this.pending.length;
    this.stepText = '';
    const rows = this.parsed;
    this.parsed = [];
    return this.accept(rows);
  }

  private step(result: Papa.ParseResult<string[]>): void {
    const rowLine = this.line;
    const rowStart = this.cursor;
    this.line += countLineBreaks(this.stepText, this.cursor, result.meta.cursor);
    this.cursor = result.meta.cursor;
    const quote = quoteFailure(result.errors, this.stepText, rowStart, rowLine);
    if (quote) {
      this.fail(quote);
      return;
    }
    for (const cells of result.data) {
      const failure = rowShapeFailure(cells, rowLine);
      if (failure) {
        this.fail(failure);
        return;
      }
      this.parsed.push({ line: rowLine, cells });
    }
  }

  private fail(failure: CsvFailure): void {
    this.failed = failure;
    this.parser?.abort();
  }

  private accept(rows: RawRow[]): CsvRow[] {
    if (this.failed) return [];
    const data: CsvRow[] = [];
    for (const row of rows) {
      const filled = filledCells(row.cells);
      if (this.headerRow) {
        if (filled === 0) this.blanks.push(row);
        else {
          for (const blank of this.blanks.splice(0)) data.push(this.toRow(blank));
          data.push(this.toRow(row));
        }
      } else if (filled === 0) continue;
      else if (filled >= 2) {
        this.headerRow = { headers: uniqueHeaders(row.cells), headerLine: row.line };
        this.leading = [];
      } else this.leading.push(row);
    }
    if (data.length > 0) this.sawRows = true;
    return data;
  }

  private toRow(row: RawRow): CsvRow {
    return toCsvRow(this.headerRow!.headers, row.line, row.cells);
  }
}
