// A Node client of the sync server holding one row's document with a device's token. As a reader,
// it is the reference for "another device would have received this by now", so a spec can check
// that a cut-off device did not, without waiting for time to pass. As a writer, it is a client that
// sends what the app would not (a viewer's edit), to show the server itself refuses it.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { documentName } from '../../shared/sync/document-name';
import { shardOf } from '../../shared/sync/shard-of';
import type { SyncedEntry } from '../../shared/sync/synced-entry';
import type { SyncedTable } from '../../shared/sync/synced-tables';

export interface RowAddress {
  spaceId: string;
  table: SyncedTable;
  key: string;
}

export interface RowDocument {
  /** The document's rows map (docs/sync.md, "Rows"). */
  rows: Y.Map<SyncedEntry>;
  /** Resolves once the server sent the document. */
  synced: Promise<void>;
  /** Resolves once the row's entry is in the document. */
  arrived: Promise<void>;
  close(): void;
}

export function openRowDocument(serverUrl: string, token: string, row: RowAddress): RowDocument {
  const doc = new Y.Doc();
  const rows = doc.getMap<SyncedEntry>('rows');
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: serverUrl,
    WebSocketPolyfill: WebSocket,
  });
  let onSynced!: () => void;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName({ ...row, shard: shardOf(row.table, row.key) }),
    document: doc,
    token,
    onSynced: () => onSynced(),
  });
  const arrived = new Promise<void>((resolve) => {
    const check = () => {
      if (!rows.has(row.key)) return;
      rows.unobserve(check);
      resolve();
    };
    rows.observe(check);
    check();
  });
  provider.attach();
  return {
    rows,
    synced,
    arrived,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** A stamp later than any a device made so far (docs/sync.md: `<ms base 36>.<counter>.<device>`). */
export function laterStamp(deviceId: string): string {
  return `${(Date.now() + 60_000).toString(36)}.0.${deviceId}`;
}
