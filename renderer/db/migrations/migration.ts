import type { Transaction } from 'dexie';

/** One schema version: Dexie store definitions plus an optional data upgrade. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
