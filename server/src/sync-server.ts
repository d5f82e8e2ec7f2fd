// The Hallway sync server: Hocuspocus (WebSocket, Yjs) with the file store, the connection guard and
// the pairing/invitation HTTP API on one port. Everything it keeps is in one data folder:
//   documents/<base64url of the document name>.ydoc   one Yjs state per document
//   token-secret.key, accounts.json, revocations.json  signing key, users/devices/grants, revoked devices
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { parseDocumentName } from '../../shared/sync/document-name';
import { Accounts } from './auth/accounts';
import {
  CodeGuessLimiter,
  DEFAULT_CODE_GUESS_LIMITS,
  type CodeGuessLimits,
} from './auth/code-guess-limiter';
import { closeConnections, connectionGuard } from './auth/connection-guard';
import type { Grant } from './auth/grants';
import { OneTimeCodes, type IssuedCode } from './auth/one-time-codes';
import { loadOrCreateSecret } from './auth/server-secret';
import { createSyncApi } from './http/sync-api';
import { consoleLogger, type SyncLogger } from './logger';
import type { StoreFs } from './storage/atomic-write';
import { createFileDocumentStore } from './storage/file-document-store';

const PAIRING_CODE_LIFETIME_MS = 10 * 60 * 1000;
const INVITE_CODE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface SyncServerOptions {
  dataDir: string;
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
  /** A pairing code for a new device of the server's owner (the user made on first start). */
  issueOwnerPairingCode(): IssuedCode;
  close(): Promise<void>;
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const fs = options.fs ?? nodeFs;
  const logger = options.logger ?? consoleLogger;
  const now = options.now ?? Date.now;
  await fs.mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const secret = await loadOrCreateSecret(fs, options.dataDir);
  const accounts = await Accounts.open(fs, options.dataDir, now);
  const owner = await accounts.ensureOwner();
  const pairingCodes = new OneTimeCodes<{ userId: string }>(PAIRING_CODE_LIFETIME_MS, now);
  const inviteCodes = new OneTimeCodes<Grant>(INVITE_CODE_LIFETIME_MS, now);
  const store = createFileDocumentStore(path.join(options.dataDir, 'documents'), fs);

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
    extensions: [
      connectionGuard(secret, accounts, logger),
      new Database({
        fetch: ({ documentName }) => store.fetch(documentName),
        store: ({ documentName, state }) => store.store(documentName, state),
      }),
    ],
    async onRequest({ request, response }) {
      await handleRequest(request, response);
      // Hocuspocus answers requests no hook took; rejecting without an error says "taken".
      throw null;
    },
  });
  await listenOn(server, options.host ?? '127.0.0.1', options.port ?? 0);
  const { address, port } = server.address;
  const hostPart = address.includes(':') ? `[${address}]` : address;
  return {
    url: `ws://${hostPart}:${port}`,
    httpUrl: `http://${hostPart}:${port}`,
    issueOwnerPairingCode: () => pairingCodes.issue({ userId: owner.userId }),
    close: () => server.destroy(),
  };
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
