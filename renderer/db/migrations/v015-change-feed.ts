// Version 15: the one write path (docs/architecture.md). `changes` is the local change feed (an
// auto-incremented sequence number: local bookkeeping, never synced, so the rule against ++ keys
// for user data does not apply); `localState` holds the derived data's format and the feed
// readers' positions. No data to move: derived data is rebuilt at the first start, not migrated.
import type { Migration } from './migration';

export const v015ChangeFeed: Migration = {
  version: 15,
  stores: { changes: '++seq', localState: 'key' },
};
