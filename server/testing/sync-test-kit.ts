// Test support for the sync server: a recording logger whose events a test can await, a server on
// 127.0.0.1 with a free port in a fresh folder, the HTTP API calls a device makes, and Hocuspocus
// providers over `ws` as Node clients. Every wait is on an event, never on time.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { LogFields, SyncLogger } from '../src/logger';
import { startSyncServer, type SyncServer, type SyncServerOptions } from '../src/sync-server';

export interface LoggedEvent extends LogFields {
  event: string;
}

export class RecordingLogger implements SyncLogger {
  readonly events: LoggedEvent[] = [];
  private waiters: { matches: (event: LoggedEvent) => boolean; resolve: () => void }[] = [];

  info(event: string, fields?: LogFields) {
    this.record({ ...fields, event });
  }
  refused(reason: string, fields?: LogFields) {
    this.record({ ...fields, event: 'refused', reason });
  }
  error(event: string, fields?: LogFields) {
    this.record({ ...fields, event });
  }

  refusals(): string[] {
    return this.events.filter(({ event }) => event === 'refused').map(({ reason }) => `${reason}`);
  }

  /** Resolves once `times` events matching `fields` are (or were already) logged. */
  waitFor(fields: Partial<LoggedEvent>, times = 1): Promise<void> {
    const matches = (event: LoggedEvent) =>
      Object.entries(fields).every(([key, value]) => event[key] === value);
    let remaining = times - this.events.filter(matches).length;
    if (remaining <= 0) return Promise.resolve();
    return new Promise((resolve) =>
      this.waiters.push({ matches: (event) => matches(event) && --remaining === 0, resolve }),
    );
  }

  private record(event: LoggedEvent) {
    this.events.push(event);
    this.waiters = this.waiters.filter(({ matches, resolve }) => {
      if (!matches(event)) return true;
      resolve();
      return false;
    });
  }
}

export const newDataDir = () => mkdtemp(path.join(tmpdir(), 'hallway-sync-'));

export async function startTestServer(
  dataDir: string,
  options: Partial<SyncServerOptions> = {},
): Promise<{ server: SyncServer; logger: RecordingLogger }> {
  const logger = new RecordingLogger();
  const server = await startSyncServer({
    dataDir,
    port: 0,
    logger,
    storeDebounceMs: 0,
    ...options,
  });
  return { server, logger };
}

/** What a client needs of a server: this process' SyncServer, or a server process' address. */
export type ServerAddress = Pick<SyncServer, 'url' | 'httpUrl'>;

export async function callApi(
  server: ServerAddress,
  method: string,
  route: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.httpUrl}${route}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

export interface PairedDevice {
  token: string;
  deviceId: string;
  userId: string;
  personalSpaceId: string | null;
}

export async function pairDevice(server: ServerAddress, code: string, deviceName = 'Laptop') {
  const { status, body } = await callApi(server, 'POST', '/v1/devices', {
    body: { code, deviceName },
  });
  if (status !== 201) throw new Error(`Pairing refused: ${status} ${JSON.stringify(body)}`);
  return body as unknown as PairedDevice;
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  rows: Y.Map<unknown>;
  synced: Promise<void>;
  authenticationFailed: Promise<string>;
  /** The reason the server gave when it closed this document's connection. */
  closedByServer: Promise<string>;
}

/** Connects `doc` (a new one unless given: a device reconnecting keeps its document). */
export function connectClient(
  server: ServerAddress,
  documentName: string,
  token: string,
  doc = new Y.Doc(),
): TestClient {
  let onSynced!: () => void;
  let onFailed!: (reason: string) => void;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const authenticationFailed = new Promise<string>((resolve) => (onFailed = resolve));
  // One socket per client here; an app shares one socket among all its documents (attach()).
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: server.url,
    WebSocketPolyfill: WebSocket,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName,
    document: doc,
    token,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onFailed(reason),
  });
  const closedByServer = new Promise<string>((resolve) =>
    provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)),
  );
  provider.attach();
  return { doc, provider, rows: doc.getMap('rows'), synced, authenticationFailed, closedByServer };
}

export function disconnectClient(client: TestClient): void {
  client.provider.destroy();
  client.provider.configuration.websocketProvider.destroy();
}

/** Resolves once the server acknowledged every update this client sent. */
export function allSent(client: TestClient): Promise<void> {
  if (!client.provider.hasUnsyncedChanges) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (client.provider.hasUnsyncedChanges) return;
      client.provider.off('unsyncedChanges', check);
      resolve();
    };
    client.provider.on('unsyncedChanges', check);
  });
}

/** Resolves once the client's rows map holds `value` under `key`. */
export function rowsHave(client: TestClient, key: string, value: unknown): Promise<void> {
  if (client.rows.get(key) === value) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (client.rows.get(key) !== value) return;
      client.rows.unobserve(check);
      resolve();
    };
    client.rows.observe(check);
  });
}
