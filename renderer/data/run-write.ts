// The one way to change data (docs/architecture.md, "One write path"): a write service's body runs
// in a read-write transaction over every table, one write at a time per database (write-queue),
// with a WriteTransaction that records each source change. After the body, in the same
// transaction, every derived module follows what changed and the change feed gets its entries, so
// the derived data, the feed and the sources can never disagree. Bulk writes (restore, sample
// data) ask for `derived: 'rebuild'` instead: their transaction marks the derived data stale, and
// a rebuild in bulk follows at once, still in the write's turn; if the app stops in between, the
// next start rebuilds.
import Dexie, { type Transaction } from 'dexie';
import type { HallwayDatabase } from '../db/database';
import { appendChanges, entriesOf } from './change-feed';
import { DERIVED_FORMAT, DERIVED_MODULES, ROW_DERIVERS } from './derived';
import { writeDerivedState } from './local-state';
import { rebuildDerived, type RebuildProgress } from './rebuild-derived';
import { enqueueWrite } from './write-queue';
import { WriteTransaction } from './write-transaction';

export interface WriteOptions {
  /** 'apply' (the default) follows each change; 'rebuild' recomputes everything after the write. */
  derived?: 'apply' | 'rebuild';
  onRebuildProgress?: RebuildProgress;
}

/** Tables a write may touch: all but the search worker's cache and sync's saved documents. */
const OUTSIDE_WRITES = new Set(['searchIndex', 'syncDocuments']);
const writeScope = (db: HallwayDatabase) =>
  db.tables.filter((table) => !OUTSIDE_WRITES.has(table.name)).map((table) => table.name);

const running = new WeakMap<HallwayDatabase, Transaction>();

export function runWrite<T>(
  db: HallwayDatabase,
  body: (write: WriteTransaction) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const current = Dexie.currentTransaction;
  if (current && running.get(db) === current) {
    // Queued behind itself, it would wait forever.
    return Promise.reject(
      new Error('A write service was called inside a write: pass its WriteTransaction on instead.'),
    );
  }
  const rebuild = options.derived === 'rebuild';
  return enqueueWrite(db, () =>
    Dexie.ignoreTransaction(async () => {
      const result = await db.transaction('rw', writeScope(db), async (transaction) => {
        running.set(db, transaction);
        const write = new WriteTransaction(db, Date.now(), ROW_DERIVERS);
        const value = await body(write);
        const entries = entriesOf(write.changes);
        if (rebuild) await writeDerivedState(db, { format: DERIVED_FORMAT, stale: true });
        else for (const module of DERIVED_MODULES) await module.apply(write);
        await appendChanges(db, entries);
        return value;
      });
      if (rebuild) await rebuildDerived(db, options.onRebuildProgress);
      return result;
    }),
  );
}
