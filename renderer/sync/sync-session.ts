// One run of sync with one configuration (docs/sync.md, "The client: transport and status"): the
// replicator between the database and the documents, the transport between the documents and the
// server, the saver keeping the documents on the device, and the status. The replicator publishes
// after every local write: a liveQuery on the change feed's newest sequence number sees each write
// committed (in this window or another), as the search worker does. The host
// (sync-session-host.tsx) starts a session when sync is on and stops it when the configuration
// changes; stopping destroys the providers and saves the documents' last changes.
import { liveQuery } from 'dexie';
import type * as Y from 'yjs';
import { latestChangeSeq } from '../data/change-feed';
import { deleteDocumentsOutside, loadDocumentStates } from '../data/sync-document-store';
import type { HallwayDatabase } from '../db/database';
import { ignoreWhenClosed } from '../db/ignore-when-closed';
import type { SyncConfig, SyncSpace } from './sync-config';
import type { SyncStatus } from './sync-status';
import { SerialPublisher } from './serial-publisher';
import { DocumentSaver } from './transport/document-saver';
import { SyncTransport } from './transport/sync-transport';
import { StatusReporter, statusOf } from './transport/transport-status';

/** What the session needs of the replicator (renderer/sync/replication/replicator.ts). */
export interface ReplicatorLike {
  documentNames(): string[];
  start(): Promise<void>;
  publish(): Promise<void>;
  readonly pendingCount: number;
  stop(): void;
}

export interface ReplicatorSetup {
  db: HallwayDatabase;
  deviceId: string;
  spaces: SyncSpace[];
  documentFor(name: string): Y.Doc;
}

export type CreateReplicator = (setup: ReplicatorSetup) => ReplicatorLike;

export interface SyncSessionOptions {
  db: HallwayDatabase;
  config: SyncConfig;
  createReplicator: CreateReplicator;
  onStatus(status: SyncStatus): void;
  /** The WebSocket class (the browser's by default; tests in Node pass `ws`). */
  WebSocketPolyfill?: unknown;
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  saveDelayMs?: number;
  reportDelayMs?: number;
}

export interface SyncSession {
  /** Stops syncing: providers and socket closed, the documents' last changes saved. */
  stop(): Promise<void>;
}

export async function startSyncSession(options: SyncSessionOptions): Promise<SyncSession> {
  const { db, config } = options;
  let transport: SyncTransport | null = null;
  const replicator = options.createReplicator({
    db,
    deviceId: config.deviceId,
    spaces: config.spaces,
    documentFor: (name) => opened().documentFor(name),
  });
  const opened = () => {
    if (!transport) throw new Error('A document was asked for before the session started.');
    return transport;
  };
  const saver = new DocumentSaver(db, options.saveDelayMs);
  const publisher = new SerialPublisher(
    () => replicator.publish(),
    () => reporter.schedule(),
  );
  const reporter = new StatusReporter(
    () => statusOf(opened().snapshot(), replicator.pendingCount, publisher.busy, Date.now()),
    options.onStatus,
    options.reportDelayMs,
  );

  await deleteDocumentsOutside(
    db,
    config.spaces.map(({ spaceId }) => spaceId),
  );
  const names = replicator.documentNames();
  const savedStates = await loadDocumentStates(db, names);
  transport = new SyncTransport({
    serverUrl: config.serverUrl,
    token: config.token,
    saver,
    onChange: () => reporter.schedule(),
    onRemoteUpdate: () => publisher.request(),
    WebSocketPolyfill: options.WebSocketPolyfill,
    reconnectDelayMs: options.reconnectDelayMs,
    maxReconnectDelayMs: options.maxReconnectDelayMs,
  });
  transport.expect(names, savedStates);
  reporter.reportNow();
  await replicator.start();
  for (const name of names) transport.documentFor(name);
  publisher.start();

  const subscription = liveQuery(() => latestChangeSeq(db)).subscribe({
    next: () => publisher.request(),
  });
  const flushOnHide = () => void saver.flush().catch(ignoreWhenClosed);
  globalThis.addEventListener?.('pagehide', flushOnHide);

  return {
    async stop() {
      subscription.unsubscribe();
      globalThis.removeEventListener?.('pagehide', flushOnHide);
      await publisher.idle();
      replicator.stop();
      reporter.cancel();
      await saver.flush();
      opened().destroy();
    },
  };
}
