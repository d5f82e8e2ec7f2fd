// Maps CSV rows to records as they stream in: the format is recognised from the header (see
// shared/import/detect-format), then each batch of rows goes through that format's mapper. A CSV
// from an unknown tool needs the user's column mapping first: without one, only a few sample rows
// are kept for the mapping step, and reading can stop there.
import { detectCsvFormat, type ImportFormat } from '../../../shared/import/detect-format';
import {
  mapGenericRows,
  suggestColumnMapping,
  type ColumnMapping,
} from '../../../shared/import/formats/generic-csv';
import type { MapResult } from '../../../shared/import/import-record';
import type { CsvRow } from '../../../shared/import/read-csv';
import { CSV_MAPPERS } from '../../../shared/import/read-import-file';
import type { CsvHeader } from '../../../shared/import/csv-row-stream';

/** How many rows the mapping step shows. */
export const SAMPLE_ROWS = 20;

export type MapperOutcome =
  | { kind: 'mapped'; format: Exclude<ImportFormat, 'vcard'>; result: MapResult }
  | { kind: 'needs-mapping'; headers: string[]; sampleRows: CsvRow[]; mapping: ColumnMapping };

export class CsvRecordMapper {
  private format: Exclude<ImportFormat, 'vcard'> | null = null;
  private readonly result: MapResult = { records: [], rejected: [], warnings: [] };
  private readonly sample: CsvRow[] = [];

  constructor(private readonly mapping?: ColumnMapping) {}

  /** An unmapped generic CSV whose sample is complete: the rest of the file is not needed. */
  get hasEnoughSample(): boolean {
    return this.needsMapping && this.sample.length >= SAMPLE_ROWS;
  }

  private get needsMapping(): boolean {
    return this.format === 'generic-csv' && this.mapping === undefined;
  }

  add(header: CsvHeader | null, rows: CsvRow[]): void {
    if (!header || rows.length === 0) return;
    this.format ??= detectCsvFormat(header.headers);
    if (this.needsMapping) {
      const filled = rows.filter((row) => Object.values(row.values).some((cell) => cell.trim()));
      this.sample.push(...filled.slice(0, SAMPLE_ROWS - this.sample.length));
      return;
    }
    const mapped =
      this.format === 'generic-csv'
        ? mapGenericRows(rows, this.mapping ?? {})
        : CSV_MAPPERS[this.format](rows);
    for (const record of mapped.records) this.result.records.push(record);
    for (const rejected of mapped.rejected) this.result.rejected.push(rejected);
    for (const warning of mapped.warnings) this.result.warnings.push(warning);
  }

  finish(header: CsvHeader): MapperOutcome {
    const format = this.format ?? detectCsvFormat(header.headers);
    if (format === 'generic-csv' && this.mapping === undefined) {
      return {
        kind: 'needs-mapping',
        headers: header.headers,
        sampleRows: this.sample,
        mapping: suggestColumnMapping(header.headers),
      };
    }
    return { kind: 'mapped', format, result: this.result };
  }
}
