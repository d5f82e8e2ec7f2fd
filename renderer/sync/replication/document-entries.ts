// Rows in the synced documents (docs/sync.md, "Rows"): each document's `rows` map holds one entry
// per row, keyed by the row's primary key, in the shard of its table the key hashes to. Entries are
// set in one Yjs transaction per document, marked with the replicator's origin.
import * as Y from 'yjs';
import { documentName } from '../../../shared/sync/document-name';
import { shardOf } from '../../../shared/sync/shard-of';
import type { SyncedEntry } from '../../../shared/sync/synced-entry';
import type { SyncedTable } from '../../../shared/sync/synced-tables';
import type { ReplicationContext } from './replication-context';

export interface KeyedEntry {
  key: string;
  entry: SyncedEntry;
}

export const rowsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>('rows');

export const documentOfRow = (spaceId: string, table: SyncedTable, key: string): string =>
  documentName({ spaceId, table, shard: shardOf(table, key) });

export function setEntries(
  context: ReplicationContext,
  spaceId: string,
  table: SyncedTable,
  entries: readonly KeyedEntry[],
): void {
  const byDocument = new Map<string, KeyedEntry[]>();
  for (const keyed of entries) {
    const name = documentOfRow(spaceId, table, keyed.key);
    const list = byDocument.get(name);
    if (list) list.push(keyed);
    else byDocument.set(name, [keyed]);
  }
  for (const [name, list] of byDocument) {
    const doc = context.documentFor(name);
    const rows = rowsOf(doc);
    doc.transact(() => {
      for (const { key, entry } of list) rows.set(key, entry);
    }, context.origin);
  }
}
