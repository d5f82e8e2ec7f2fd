// Which shard of its table a row lives in: FNV-1a (32 bits) over the UTF-16 code units of its key,
// modulo the table's shard count. Every device must compute the same shard for the same key, on
// every platform and version, so this is a fixed, dependency-free function; UUIDs spread evenly.
import { SHARD_COUNT, type SyncedTable } from './synced-tables';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

export function shardOf(table: SyncedTable, key: string): number {
  return fnv1a32(key) % SHARD_COUNT[table];
}
