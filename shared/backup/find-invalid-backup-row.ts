// Checks every row a restore is about to write against the model's row schemas
// (shared/domain/row-schemas.ts) and names the first that breaks them: its table, its place in
// that table (1-based), its key when it has one, and why, in the schema's words. Tables without
// a schema are not written by a restore and are not checked here.
import { SOURCE_ROW_SCHEMAS } from '../domain/row-schemas';

export type SourceTableName = keyof typeof SOURCE_ROW_SCHEMAS;

export interface InvalidBackupRow {
  table: SourceTableName;
  /** 1-based position of the row in its table. */
  row: number;
  /** The row's key (id, key or pairKey) when it has a readable one. */
  key: string | null;
  reason: string;
}

const SOURCE_TABLE_NAMES = Object.keys(SOURCE_ROW_SCHEMAS) as SourceTableName[];

function keyOf(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const { id, key, pairKey } = row as Record<string, unknown>;
  const found = [id, key, pairKey].find((value) => typeof value === 'string');
  return typeof found === 'string' ? found.slice(0, 100) : null;
}

export function findInvalidBackupRow(
  rowsByTable: ReadonlyMap<string, readonly unknown[]>,
): InvalidBackupRow | null {
  for (const table of SOURCE_TABLE_NAMES) {
    const rows = rowsByTable.get(table) ?? [];
    const schema = SOURCE_ROW_SCHEMAS[table];
    for (let index = 0; index < rows.length; index += 1) {
      const result = schema.safeParse(rows[index]);
      if (result.success) continue;
      const issue = result.error.issues[0];
      const path = issue?.path.map(String).join('.') ?? '';
      const message = issue?.message ?? 'not valid';
      return {
        table,
        row: index + 1,
        key: keyOf(rows[index]),
        reason: path === '' ? message : `${path}: ${message}`,
      };
    }
  }
  return null;
}

/** Thrown by a restore that refused a backup before writing anything. */
export class InvalidBackupRowError extends Error {
  constructor(readonly invalid: InvalidBackupRow) {
    super(`Row ${invalid.row} of ${invalid.table} is not valid: ${invalid.reason}`);
    this.name = 'InvalidBackupRowError';
  }
}
