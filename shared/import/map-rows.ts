// The loop every CSV format mapper shares: each row becomes a record or a rejection, in file order.
// A row with every cell blank (`,,,,` or an empty line between rows) is rejected as empty, so the
// preview accounts for it by line rather than dropping it unseen. Cells past the header's columns
// are not read: the row carries a warning that shows them.
import type { CsvRow } from './read-csv';
import type { ImportRecord, MapResult, RejectReason, WarningReason } from './import-record';

export interface RowOutcome {
  record?: Omit<ImportRecord, 'line'>;
  rejected?: RejectReason;
  warnings?: { reason: WarningReason; value: string }[];
}

export function mapRows(
  rows: CsvRow[],
  mapRow: (values: Record<string, string>) => RowOutcome,
): MapResult {
  const result: MapResult = { records: [], rejected: [], warnings: [] };
  for (const row of rows) {
    if (row.extra) {
      result.warnings.push({ line: row.line, reason: 'extra-cells', value: row.extra.join(', ') });
    }
    if (Object.values(row.values).every((cell) => cell.trim() === '')) {
      result.rejected.push({ line: row.line, reason: 'empty-row' });
      continue;
    }
    const outcome = mapRow(row.values);
    for (const warning of outcome.warnings ?? [])
      result.warnings.push({ line: row.line, ...warning });
    if (outcome.record) result.records.push({ line: row.line, ...outcome.record });
    else result.rejected.push({ line: row.line, reason: outcome.rejected ?? 'no-name-or-email' });
  }
  return result;
}
