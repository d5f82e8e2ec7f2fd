// What one write changed, per source table and row: the row as it stood before the write began
// and as it stands now. Several changes of one row within a write fold into one (first before,
// last after), so the derived modules and the change feed see each row once, net. A table
// cleared within the write (a restore) forgets what it held: every row after the clear counts
// as new, and the derived modules start that table's derived data afresh.
import type { SourceRows, SourceTable } from './source-tables';

export interface RowChange<T> {
  key: string;
  /** Undefined for a row the write created (or any row after its table was cleared). */
  before: T | undefined;
  /** Undefined for a row the write deleted for good. */
  after: T | undefined;
}

export class ChangeSet {
  private readonly rows = new Map<SourceTable, Map<string, RowChange<unknown>>>();
  private readonly clearedTables = new Set<SourceTable>();

  record<T extends SourceTable>(
    table: T,
    key: string,
    before: SourceRows[T] | undefined,
    after: SourceRows[T] | undefined,
  ): void {
    let changes = this.rows.get(table);
    if (!changes) this.rows.set(table, (changes = new Map()));
    const earlier = changes.get(key);
    if (earlier) earlier.after = after;
    else changes.set(key, { key, before, after });
  }

  recordCleared(table: SourceTable): void {
    this.clearedTables.add(table);
    this.rows.delete(table);
  }

  of<T extends SourceTable>(table: T): RowChange<SourceRows[T]>[] {
    const changes = this.rows.get(table);
    return changes ? ([...changes.values()] as RowChange<SourceRows[T]>[]) : [];
  }

  cleared(table: SourceTable): boolean {
    return this.clearedTables.has(table);
  }

  /** Whether the write touched `table` at all (a change or a clear). */
  touched(table: SourceTable): boolean {
    return this.clearedTables.has(table) || (this.rows.get(table)?.size ?? 0) > 0;
  }

  tables(): SourceTable[] {
    return [...new Set([...this.clearedTables, ...this.rows.keys()])];
  }
}
