// A Node client of the sync server that watches one row's document with a device's token: the
// reference for "another device would have received this by now", so a spec can check that a cut-off
// device did not receive a change without waiting for time to pass.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { documentName } from '../../shared/sync/document-name';
import { shardOf } from '../../shared/sync/shard-of';
import type { SyncedTable } from '../../shared/sync/synced-tables';

export interface RowWatch {
  /** Resolves once the row's entry is in the document. */
  arrived: Promise<void>;
  close(): void;
}

export function watchRow(
  serverUrl: string,
  token: string,
  row: { spaceId: string; table: SyncedTable; key: string },
): RowWatch {
  const doc = new Y.Doc();
  const rows = doc.getMap('rows');
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: serverUrl,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName({ ...row, shard: shardOf(row.table, row.key) }),
    document: doc,
    token,
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
    arrived,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}
