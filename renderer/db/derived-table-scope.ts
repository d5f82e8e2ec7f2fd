// Tables derived from another table (contactDue from people, latestInteractions from interactions)
// are written by DBCore middlewares in the same IndexedDB transaction as the write they follow,
// so they can never disagree with it, whoever writes: repositories, quick capture, merges, sample
// data, imports, restores. Dexie's transactions name only the tables their caller touches; this
// adds the derived tables to every read-write transaction over their source. In Dexie's own upgrade
// transactions the derived table may not exist yet: the migration that creates it fills it.
import type { DBCore, DBCoreTransaction } from 'dexie';

export function transactionWithDerived(
  down: DBCore,
  source: string,
  ...derived: string[]
): DBCore['transaction'] {
  const existing = derived.filter((name) =>
    down.schema.tables.some((table) => table.name === name),
  );
  return (stores, mode, options) => {
    const missing =
      mode === 'readwrite' && stores.includes(source)
        ? existing.filter((name) => !stores.includes(name))
        : [];
    return down.transaction(missing.length > 0 ? [...stores, ...missing] : stores, mode, options);
  };
}

/** Whether `trans` can write `table` (false in an upgrade that runs before the table exists). */
export function canWrite(trans: DBCoreTransaction, table: string): boolean {
  // Dexie's IndexedDB core hands the native IDBTransaction down as the DBCoreTransaction.
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(table);
}
