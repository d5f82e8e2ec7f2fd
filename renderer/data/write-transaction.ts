// The handle a write service gets inside runWrite: the database, the write's clock, and the only
// way to change source rows. Every change is recorded in `changes` (the row before and after), so
// that the derived modules can follow it and the change feed can list it once the service is done
// (docs/architecture.md, "One write path"). Rows of a table with derived fields (people) pass
// through that table's deriver on the way in, so no caller computes them.
import type { Table } from 'dexie';
import type { HallwayDatabase } from '../db/database';
import { ChangeSet } from './change-set';
import { keyOf, type SourceRows, type SourceTable, type WritableRows } from './source-tables';

export type RowDerivers = { [T in SourceTable]?: (row: SourceRows[T]) => SourceRows[T] };

/** A partial change of a row: a field set to undefined is removed from the row. */
export type RowPatch<T> = { [K in keyof T]?: T[K] | undefined };

export class WriteTransaction {
  readonly changes = new ChangeSet();
  private readonly scratch = new Map<string, unknown>();
  /** The operations of this write, one after another (see inTurn). */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: HallwayDatabase,
    /** The write's clock: every row it stamps gets this time. */
    readonly now: number,
    private readonly derivers: RowDerivers,
  ) {}

  table<T extends SourceTable>(table: T): Table<SourceRows[T], string> {
    return this.db.table(table);
  }

  get<T extends SourceTable>(table: T, key: string): Promise<SourceRows[T] | undefined> {
    return this.inTurn(() => this.table(table).get(key));
  }

  /**
   * Adds new rows; fails (and so aborts the write) if one of their keys is stored already.
   * Returns the rows as stored (with their derived fields).
   */
  insert<T extends SourceTable>(
    table: T,
    rows: readonly WritableRows[T][],
  ): Promise<SourceRows[T][]> {
    return this.inTurn(() => this.insertNow(table, rows));
  }

  private async insertNow<T extends SourceTable>(
    table: T,
    rows: readonly WritableRows[T][],
  ): Promise<SourceRows[T][]> {
    if (rows.length === 0) return [];
    const derived = rows.map((row) => this.derive(table, row));
    await this.table(table).bulkAdd(derived);
    for (const row of derived) this.changes.record(table, keyOf(table, row), undefined, row);
    return derived;
  }

  /** Writes whole rows, new or replacing stored ones; returns them as stored. */
  put<T extends SourceTable>(table: T, rows: readonly WritableRows[T][]): Promise<SourceRows[T][]> {
    return this.inTurn(() => this.putNow(table, rows));
  }

  private async putNow<T extends SourceTable>(
    table: T,
    rows: readonly WritableRows[T][],
  ): Promise<SourceRows[T][]> {
    if (rows.length === 0) return [];
    const derived = rows.map((row) => this.derive(table, row));
    const keys = derived.map((row) => keyOf(table, row));
    const before = await this.table(table).bulkGet(keys);
    await this.table(table).bulkPut(derived);
    derived.forEach((row, index) => this.changes.record(table, keys[index], before[index], row));
    return derived;
  }

  /**
   * Applies `changes` to the stored row, field by field: the latest row, never a copy a screen
   * holds. Returns the row as written, or undefined when there is no such row.
   */
  async patch<T extends SourceTable>(
    table: T,
    key: string,
    changes: RowPatch<SourceRows[T]>,
  ): Promise<SourceRows[T] | undefined> {
    const [after] = await this.patchMany(table, [{ key, changes }]);
    return after;
  }

  /** patch for many rows at once (one read, one write); undefined where a row is missing. */
  patchMany<T extends SourceTable>(
    table: T,
    patches: readonly { key: string; changes: RowPatch<SourceRows[T]> }[],
  ): Promise<(SourceRows[T] | undefined)[]> {
    return this.inTurn(() => this.patchManyNow(table, patches));
  }

  private async patchManyNow<T extends SourceTable>(
    table: T,
    patches: readonly { key: string; changes: RowPatch<SourceRows[T]> }[],
  ): Promise<(SourceRows[T] | undefined)[]> {
    if (patches.length === 0) return [];
    const stored = await this.table(table).bulkGet(patches.map(({ key }) => key));
    const written: SourceRows[T][] = [];
    const results = patches.map(({ key, changes }, index) => {
      const before = stored[index];
      if (!before) return undefined;
      const after = this.derive(table, withChanges(before, changes));
      this.changes.record(table, key, before, after);
      written.push(after);
      return after;
    });
    await this.table(table).bulkPut(written);
    return results;
  }

  /** Deletes rows for good (purging the trash); soft deletes are patches of deletedAt. */
  remove<T extends SourceTable>(table: T, keys: readonly string[]): Promise<void> {
    return this.inTurn(() => this.removeNow(table, keys));
  }

  private async removeNow<T extends SourceTable>(table: T, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const before = await this.table(table).bulkGet([...keys]);
    await this.table(table).bulkDelete([...keys]);
    keys.forEach((key, index) => {
      if (before[index]) this.changes.record(table, key, before[index], undefined);
    });
  }

  /** Empties a table (a restore replacing everything); derived modules start it afresh. */
  clear(table: SourceTable): Promise<void> {
    return this.inTurn(async () => {
      await this.table(table).clear();
      this.changes.recordCleared(table);
    });
  }

  /** A value kept for the rest of this write (derived modules hand on what they changed). */
  memo<V>(key: string, create: () => V): V {
    if (!this.scratch.has(key)) this.scratch.set(key, create());
    return this.scratch.get(key) as V;
  }

  /**
   * Runs the write's operations in the order they were called, even when a service issues several
   * at once (Promise.all): each reads the rows before it only once the one before it has written,
   * so the changes recorded are the ones stored.
   */
  private inTurn<R>(operation: () => Promise<R>): Promise<R> {
    const next = this.tail.then(operation);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private derive<T extends SourceTable>(table: T, row: WritableRows[T]): SourceRows[T] {
    // Only people have derived fields, and their deriver computes every one of them.
    const derive = this.derivers[table] as ((row: WritableRows[T]) => SourceRows[T]) | undefined;
    return derive ? derive(row) : (row as SourceRows[T]);
  }
}

function withChanges<T>(row: T, changes: RowPatch<T>): T {
  const next = { ...row } as Record<string, unknown>;
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  return next as T;
}
