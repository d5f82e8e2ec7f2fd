// One column of a CSV export: its header, what it holds (for the README's column list) and how a
// row gives its value. The kind decides the cell's text: lists joined with `; `, dates (epoch ms)
// in ISO 8601 UTC, empty for null and for the 0 that means "never" (lastContactAt, deletedAt).
export type ExportColumnKind = 'text' | 'list' | 'date' | 'number';

export interface ExportColumn<Row> {
  header: string;
  description: string;
  kind: ExportColumnKind;
  value: (row: Row) => string | number | null | readonly string[];
}

export const LIST_SEPARATOR = '; ';

export function formatCell(
  kind: ExportColumnKind,
  value: string | number | null | readonly string[],
): string {
  if (value === null) return '';
  if (typeof value !== 'string' && typeof value !== 'number') return value.join(LIST_SEPARATOR);
  if (kind === 'date')
    return typeof value === 'number' && value > 0 ? new Date(value).toISOString() : '';
  return String(value);
}
