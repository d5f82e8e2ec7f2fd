// The name of a synced Yjs document: `space:<spaceId>/<table>/<shard>` (docs/sync.md). The server
// reads the space from it to check the device's grant, and stores the document under a file name
// derived from it; the client builds it from a row's table and the shard of its key. Names that do
// not match exactly are refused, so no document name can carry a path, a wildcard or a second space.
import { SHARD_COUNT, SYNCED_TABLES, type SyncedTable } from './synced-tables';

export interface DocumentAddress {
  spaceId: string;
  table: SyncedTable;
  shard: number;
}

/** Space ids are UUIDs (lower-case, as crypto.randomUUID() makes them). */
export const SPACE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NAME_PATTERN = /^space:([^/]+)\/([A-Za-z]+)\/(0|[1-9][0-9]{0,3})$/;

export function documentName({ spaceId, table, shard }: DocumentAddress): string {
  return `space:${spaceId}/${table}/${shard}`;
}

/** The address a document name stands for, or null when it is not a valid name. */
export function parseDocumentName(name: string): DocumentAddress | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, spaceId, table, shardText] = match;
  if (!SPACE_ID_PATTERN.test(spaceId)) return null;
  if (!(SYNCED_TABLES as readonly string[]).includes(table)) return null;
  const shard = Number(shardText);
  if (shard >= SHARD_COUNT[table as SyncedTable]) return null;
  return { spaceId, table: table as SyncedTable, shard };
}
