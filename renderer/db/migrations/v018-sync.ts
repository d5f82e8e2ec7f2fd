// Version 18: sync's bookkeeping on this device (docs/sync.md). Both tables belong to this device's
// copy and are never backed up, exported or synced themselves:
// - syncRows: per space and source row, the last synced entry this device knows (`{v, s, t}` with
//   its field stamps, or a tombstone), keyed `<spaceId>|<table>|<rowKey>`: what a remote value is
//   merged with, and what the outgoing reader compares a local row to.
// - syncDocuments: each synced Yjs document's state, by document name, so edits made offline are
//   sent at reconnection and a restart does not download everything again.
import type { Migration } from './migration';

export const v018Sync: Migration = {
  version: 18,
  stores: {
    syncRows: 'key',
    syncDocuments: 'name',
  },
};
