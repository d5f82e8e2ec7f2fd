// The connection to the sync server (docs/sync.md, "The client: transport and status"): one
// WebSocket for the session (HocuspocusProviderWebsocket), one HocuspocusProvider per document,
// created when the replicator first asks for the document. A document starts from the state this
// device saved (origin PERSISTENCE_ORIGIN), so what was edited offline goes at connection through
// Yjs' state-vector exchange, and only what the server has beyond it comes down. The transport
// tracks the socket, each document's sync and a refusal by the server; on a refusal it stops
// reconnecting (a revoked device or a withdrawn grant would only be refused again) and keeps
// everything local.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { parseDocumentName } from '../../../shared/sync/document-name';
import type { DocumentSaver } from './document-saver';

/** The origin of a document's saved state, applied before it connects. */
export const PERSISTENCE_ORIGIN = 'sync-persistence';

/**
 * The reasons the server ends an open document with when this device may no longer sync it
 * (server/src/auth/connection-guard.ts, closeConnections). Other closes (the server shutting down:
 * "Reset Connection") are the socket going away, and the socket reconnects.
 */
const REFUSED_ON_CLOSE = ['device-revoked', 'grant-withdrawn'];

/**
 * Refusals that concern one space (the user left it, on this device or another): that space's
 * documents stop, the others go on. Any other refusal is about the device and stops the socket.
 */
const SPACE_REFUSALS = ['grant-withdrawn', 'space-not-granted'];

export type SocketState = 'connecting' | 'connected' | 'offline';

export interface TransportSnapshot {
  socket: SocketState;
  /** When the socket went down (null unless offline). */
  offlineSince: number | null;
  /** The server's reason for refusing this device (device-revoked, grant-withdrawn…). */
  refusal: string | null;
  documents: number;
  syncedDocuments: number;
  /**
   * Documents changed on this device that the server has not confirmed yet (the provider's own
   * count also counts every document while its handshake runs, which is not a local change).
   */
  unsyncedDocuments: number;
  /** Documents this device had no saved state of, and how many of them have synced since. */
  firstSync: { done: number; total: number } | null;
}

export interface SyncTransportOptions {
  serverUrl: string;
  token: string;
  saver: DocumentSaver;
  /** Called whenever something in the snapshot may have changed. */
  onChange(): void;
  /** Called when the server changed a document (the replicator has rows to take in). */
  onRemoteUpdate(): void;
  /** The WebSocket class (the browser's by default; tests in Node pass `ws`). */
  WebSocketPolyfill?: unknown;
  /** First and longest wait between reconnection attempts (ms). */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
}

interface OpenDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Its space was refused: the provider is destroyed, the document stays for the replicator. */
  stopped: boolean;
}

export class SyncTransport {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly documents = new Map<string, OpenDocument>();
  private savedStates: ReadonlyMap<string, Uint8Array> = new Map();
  /** Documents without a saved state at start; removed from as each first syncs. */
  private readonly awaitingFirstSync = new Set<string>();
  /** Documents changed here since the server last confirmed all it was sent of them. */
  private readonly withLocalChanges = new Set<string>();
  private firstSyncTotal = 0;
  private socketState: SocketState = 'connecting';
  private offlineSince: number | null = null;
  private refusal: string | null = null;

  constructor(private readonly options: SyncTransportOptions) {
    this.socket = new HocuspocusProviderWebsocket({
      url: options.serverUrl,
      WebSocketPolyfill: options.WebSocketPolyfill,
      delay: options.reconnectDelayMs ?? 1_000,
      minDelay: options.reconnectDelayMs ?? 1_000,
      maxDelay: options.maxReconnectDelayMs ?? 10_000,
    });
    this.socket.on('status', ({ status }: { status: string }) => this.onSocketStatus(status));
  }

  /**
   * The saved states of the documents the session will open, read before any is opened; the
   * documents without one make up the first sync's count.
   */
  expect(names: readonly string[], savedStates: ReadonlyMap<string, Uint8Array>): void {
    this.savedStates = savedStates;
    for (const name of names) if (!savedStates.has(name)) this.awaitingFirstSync.add(name);
    this.firstSyncTotal = this.awaitingFirstSync.size;
  }

  /** The document of `name`, from its saved state, connected on first ask. */
  documentFor(name: string): Y.Doc {
    const open = this.documents.get(name) ?? this.open(name);
    return open.doc;
  }

  snapshot(): TransportSnapshot {
    let documents = 0;
    let syncedDocuments = 0;
    for (const { provider, stopped } of this.documents.values()) {
      if (stopped) continue;
      documents += 1;
      if (provider.isSynced) syncedDocuments += 1;
    }
    const total = this.firstSyncTotal;
    return {
      socket: this.socketState,
      offlineSince: this.offlineSince,
      refusal: this.refusal,
      documents,
      syncedDocuments,
      unsyncedDocuments: this.withLocalChanges.size,
      firstSync: total > 0 ? { done: total - this.awaitingFirstSync.size, total } : null,
    };
  }

  /** Closes the socket and every document; their states stay with the saver. */
  destroy(): void {
    for (const { provider, doc, stopped } of this.documents.values()) {
      if (!stopped) provider.destroy();
      doc.destroy();
    }
    this.documents.clear();
    this.socket.destroy();
  }

  private open(name: string): OpenDocument {
    const doc = new Y.Doc();
    const saved = this.savedStates.get(name);
    // Before the provider listens to the document: the saved state is not a change to send.
    if (saved) Y.applyUpdate(doc, saved, PERSISTENCE_ORIGIN);
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      this.options.saver.markChanged(name, doc);
      // A viewer's changes are never applied by the server, nor a stopped space's: none to wait for.
      const counts = !this.documents.get(name)?.stopped && provider.authorizedScope !== 'readonly';
      if (origin === provider) this.options.onRemoteUpdate();
      else if (counts) this.withLocalChanges.add(name);
    });
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.options.token,
      // Hocuspocus reconnects a socket that received nothing for 30 s; one document's awareness
      // keeps an idle socket talking, the others need none (docs/sync.md).
      ...(this.documents.size === 0 ? {} : { awareness: null }),
    });
    provider.on('synced', () => this.onSynced(name, doc));
    provider.on('authenticated', ({ scope }: { scope: string }) => {
      if (scope === 'readonly' && this.withLocalChanges.delete(name)) this.options.onChange();
    });
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) this.withLocalChanges.delete(name);
      this.options.onChange();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      this.refuse(name, reason),
    );
    provider.on('close', ({ event }: { event: { reason?: string } }) => {
      if (event.reason && REFUSED_ON_CLOSE.includes(event.reason)) this.refuse(name, event.reason);
    });
    const open = { doc, provider, stopped: false };
    this.documents.set(name, open);
    provider.attach();
    return open;
  }

  private onSynced(name: string, doc: Y.Doc) {
    // A document first synced is saved even when empty, so the next start knows it has it.
    if (this.awaitingFirstSync.delete(name)) this.options.saver.markChanged(name, doc);
    this.options.onChange();
  }

  private onSocketStatus(status: string) {
    if (status === 'connected') {
      this.socketState = 'connected';
      this.offlineSince = null;
    } else if (status === 'disconnected' && this.socketState !== 'offline') {
      this.socketState = 'offline';
      this.offlineSince = Date.now();
    }
    this.options.onChange();
  }

  private refuse(name: string, reason: string) {
    if (SPACE_REFUSALS.includes(reason)) this.stopSpace(parseDocumentName(name)?.spaceId);
    const open = [...this.documents.values()].some(({ stopped }) => !stopped);
    if (!SPACE_REFUSALS.includes(reason) || !open) {
      this.refusal ??= reason;
      this.socket.disconnect();
    }
    this.options.onChange();
  }

  private stopSpace(spaceId: string | undefined) {
    for (const [name, open] of this.documents) {
      if (open.stopped || parseDocumentName(name)?.spaceId !== spaceId) continue;
      open.stopped = true;
      open.provider.destroy();
      this.withLocalChanges.delete(name);
      if (this.awaitingFirstSync.delete(name)) this.firstSyncTotal -= 1;
    }
  }
}
