// The Hallway sync server: Hocuspocus (WebSocket, Yjs) with a store, the connection guard and the
// pairing/invitation HTTP API on one port. The store is one data folder (the embedded default, one
// process; storage/storage-backend.ts), or PostgreSQL shared by several processes, which then pass
// each other's document changes through Redis (redis-fan-out.ts) and each other's account changes
// through PostgreSQL's notices (storage/postgres-state-storage.ts).
import { Database } from '@hocuspocus/extension-database';
import { Server, type Extension } from '@hocuspocus/server';
import * as nodeFs from 'node:fs/promises';
import { parseDocumentName } from '../../shared/sync/document-name';
import { Accounts } from './auth/accounts';
import {
  CodeGuessLimiter,
  DEFAULT_CODE_GUESS_LIMITS,
  type CodeGuessLimits,
} from './auth/code-guess-limiter';
import {
  closeConnections,
  closeWithdrawnConnections,
  connectionGuard,
} from './auth/connection-guard';
import type { IssuedCode } from './auth/one-time-codes';
import { createSyncApi } from './http/sync-api';
import { consoleLogger, type SyncLogger } from './logger';
import { describeRedis, redisFanOut } from './redis-fan-out';
import type { StoreFs } from './storage/atomic-write';
import { openPostgresBackend } from './storage/postgres-backend';
import { openFileBackend, type StorageBackend } from './storage/storage-backend';

export interface SyncServerOptions {
  /** The data folder of the embedded store (used when there is no databaseUrl). */
  dataDir?: string;
  /** PostgreSQL (postgres://…): documents, accounts and codes shared by several processes. */
  databaseUrl?: string;
  /** Redis (redis://…): live updates between the processes sharing databaseUrl. */
  redisUrl?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  logger?: SyncLogger;
  fs?: StoreFs;
  now?: () => number;
  /** How long Hocuspocus waits after a change before storing the document (ms). */
  storeDebounceMs?: number;
  /** Failed code redemptions allowed per address and overall in a window (code-guess-limiter). */
  codeGuessLimits?: CodeGuessLimits;
  /** Behind a proxy that appends X-Forwarded-For: take the client's address from it. */
  trustForwardedFor?: boolean;
}

export interface SyncServer {
  /** ws://host:port, for the providers. */
  url: string;
  /** http://host:port, for the API. */
  httpUrl: string;
  /** Where documents and accounts are kept, and how processes share updates (the start-up line). */
  storeDescription: string;
  /** A pairing code for a new device of the server's owner (the user made on first start). */
  issueOwnerPairingCode(): Promise<IssuedCode>;
  close(): Promise<void>;
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const fs = options.fs ?? nodeFs;
  const logger = options.logger ?? consoleLogger;
  const now = options.now ?? Date.now;
  if (options.redisUrl && !options.databaseUrl) {
    throw new Error('REDIS_URL needs DATABASE_URL: the processes it connects must share one store');
  }
  const backend = options.databaseUrl
    ? await openPostgresBackend(options.databaseUrl, now, logger)
    : await openFileBackend(requireDataDir(options.dataDir), fs, now);
  const { secret, documents, pairingCodes, inviteCodes } = backend;
  const { accounts, owner } = await openAccounts(backend, now);
  backend.state.onChangedElsewhere(() =>
    accounts.reload().then(
      () => closeWithdrawnConnections(server.hocuspocus, accounts),
      (error) => logger.error('accounts-reload-failed', { message: String(error) }),
    ),
  );
  const extensions: Extension[] = [
    connectionGuard(secret, accounts, logger),
    new Database({
      fetch: ({ documentName }) => documents.fetch(documentName),
      store: ({ documentName, state }) => documents.store(documentName, state),
    }),
  ];
  if (options.redisUrl) extensions.push(redisFanOut(options.redisUrl));

  const handleRequest = createSyncApi({
    secret,
    accounts,
    pairingCodes,
    inviteCodes,
    codeGuesses: new CodeGuessLimiter(options.codeGuessLimits ?? DEFAULT_CODE_GUESS_LIMITS, now),
    trustForwardedFor: options.trustForwardedFor ?? false,
    logger,
    now,
    personalSpaceId: owner.personalSpaceId,
    // Called on requests, which only arrive once the server below listens.
    onDeviceRevoked: (deviceId) =>
      closeConnections(
        server.hocuspocus,
        'device-revoked',
        (context) => context.deviceId === deviceId,
      ),
    onSpaceLeft: (userId, spaceId) =>
      closeConnections(
        server.hocuspocus,
        'grant-withdrawn',
        (context, name) =>
          context.userId === userId && parseDocumentName(name)?.spaceId === spaceId,
      ),
  });

  const server = new Server({
    name: 'hallway-sync',
    quiet: true,
    stopOnSignals: false,
    debounce: options.storeDebounceMs ?? 2_000,
    extensions,
    async onRequest({ request, response }) {
      await handleRequest(request, response);
      // Hocuspocus answers requests no hook took; rejecting without an error says "taken".
      throw null;
    },
  });
  await listenOn(server, options.host ?? '127.0.0.1', options.port ?? 0).catch(async (error) => {
    await server.destroy();
    await backend.close();
    throw error;
  });
  const { address, port } = server.address;
  const hostPart = address.includes(':') ? `[${address}]` : address;
  return {
    url: `ws://${hostPart}:${port}`,
    httpUrl: `http://${hostPart}:${port}`,
    storeDescription: options.redisUrl
      ? `${backend.description}, live updates between processes through Redis at ${describeRedis(options.redisUrl)}`
      : backend.description,
    issueOwnerPairingCode: () => pairingCodes.issue({ userId: owner.userId }),
    async close() {
      await server.destroy();
      await backend.close();
    },
  };
}

async function openAccounts(backend: StorageBackend, now: () => number) {
  try {
    const accounts = await Accounts.open(backend.state, now);
    return { accounts, owner: await accounts.ensureOwner() };
  } catch (error) {
    await backend.close();
    throw error;
  }
}

function requireDataDir(dataDir: string | undefined): string {
  if (!dataDir) throw new Error('The sync server needs a data folder or a DATABASE_URL');
  return dataDir;
}

/**
 * Hocuspocus 3's Server.listen() passes its `address` to Node as `address`, which Node ignores
 * (the option is `host`): it would listen on every interface. Listening on its HTTP server
 * directly binds the host asked for (127.0.0.1 by default).
 */
function listenOn(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ host, port }, () => {
      server.httpServer.off('error', reject);
      resolve();
    });
  });
}
