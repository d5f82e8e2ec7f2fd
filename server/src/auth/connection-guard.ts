// The Hocuspocus extension that decides who may open which document (onAuthenticate, once per
// document a socket asks for): the name must be a valid `space:<id>/<table>/<shard>`, the token
// signed by this server, its device not revoked, and the space granted both by the token and still
// by the account (read again once before refusing: a grant just given through another server
// process). Viewers get a read-only connection: Hocuspocus then answers their updates with "not
// applied" and never merges them; the guard logs each refused update (beforeSync).
import type { Extension, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { parseDocumentName } from '../../../shared/sync/document-name';
import type { SyncLogger } from '../logger';
import type { Accounts } from './accounts';
import { verifyDeviceToken } from './device-token';

/** Thrown to Hocuspocus: its reason is what the client's onAuthenticationFailed receives. */
export class Refusal {
  constructor(readonly reason: string) {}
}

export interface ConnectionContext {
  deviceId: string;
  userId: string;
  role: 'organizer' | 'viewer';
}

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export function connectionGuard(secret: Buffer, accounts: Accounts, logger: SyncLogger): Extension {
  return {
    extensionName: 'HallwayConnectionGuard',
    async onAuthenticate({ token, documentName, connectionConfig }): Promise<ConnectionContext> {
      const refuse = (reason: string, deviceId?: string): never => {
        logger.refused(reason, { documentName, deviceId });
        throw new Refusal(reason);
      };
      const address = parseDocumentName(documentName) ?? refuse('bad-document-name');
      const claims = verifyDeviceToken(secret, token) ?? refuse('bad-token');
      const { deviceId, userId } = claims;
      if (accounts.isRevoked(deviceId)) refuse('device-revoked', deviceId);
      const granted =
        claims.grants.find((grant) => grant.spaceId === address.spaceId) ??
        refuse('space-not-granted', deviceId);
      const held =
        accounts.grantIn(userId, address.spaceId) ??
        (await reloaded(accounts)).grantIn(userId, address.spaceId) ??
        refuse('grant-withdrawn', deviceId);
      const role = granted.role === 'viewer' || held.role === 'viewer' ? 'viewer' : 'organizer';
      connectionConfig.readOnly = role === 'viewer';
      return { deviceId, userId, role };
    },
    async beforeSync({ connection, type, payload, document, documentName, context }) {
      if (!connection.readOnly) return;
      const changes =
        type === SYNC_UPDATE ||
        (type === SYNC_STEP_2 && !Y.snapshotContainsUpdate(Y.snapshot(document), payload));
      if (changes) {
        logger.refused('read-only', {
          documentName,
          deviceId: (context as ConnectionContext).deviceId,
        });
      }
    },
  };
}

/**
 * The accounts read again: with several server processes, a grant given by another process a moment
 * ago may not have reached this one yet (its change notice is on the way).
 */
async function reloaded(accounts: Accounts): Promise<Accounts> {
  await accounts.reload();
  return accounts;
}

/**
 * Ends the open connections the accounts no longer allow (a device revoked or a grant withdrawn
 * through another server process, whose change this process has just read).
 */
export function closeWithdrawnConnections(instance: Hocuspocus, accounts: Accounts): void {
  closeConnections(instance, 'device-revoked', ({ deviceId }) => accounts.isRevoked(deviceId));
  closeConnections(
    instance,
    'grant-withdrawn',
    ({ userId }, name) => !accounts.grantIn(userId, parseDocumentName(name)?.spaceId ?? ''),
  );
}

/**
 * Ends the open connections that match (a device just revoked, a user who left a space) with the
 * reason: they stop syncing at once, and their next connection is refused.
 */
export function closeConnections(
  instance: Hocuspocus,
  reason: string,
  matches: (context: ConnectionContext, documentName: string) => boolean,
): void {
  for (const document of instance.documents.values()) {
    for (const connection of document.getConnections()) {
      const context = connection.context as ConnectionContext | undefined;
      if (context && matches(context, document.name)) {
        connection.close({ code: 4403, reason });
      }
    }
  }
}
