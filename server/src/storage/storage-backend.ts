// Everything the server keeps, from one place: the documents, the accounts' state, the token secret
// and the unredeemed codes. The embedded default is one data folder used by one process
// (openFileBackend); PostgreSQL is shared by several processes (postgres-backend.ts).
import path from 'node:path';
import type { Grant } from '../auth/grants';
import { MemoryOneTimeCodes, type OneTimeCodes } from '../auth/one-time-codes';
import { loadOrCreateSecret } from '../auth/server-secret';
import type { StoreFs } from './atomic-write';
import { createFileDocumentStore, type DocumentStore } from './file-document-store';
import { createFileStateStorage } from './file-state-storage';
import type { StateStorage } from './state-storage';

export const PAIRING_CODE_LIFETIME_MS = 10 * 60 * 1000;
export const INVITE_CODE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface StorageBackend {
  /** Where the data is, for the start-up line (no password). */
  description: string;
  /** The key that signs device tokens: the same for every process sharing the backend. */
  secret: Buffer;
  state: StateStorage;
  documents: DocumentStore;
  pairingCodes: OneTimeCodes<{ userId: string }>;
  inviteCodes: OneTimeCodes<Grant>;
  close(): Promise<void>;
}

/**
 * One data folder, for one process:
 *   documents/<base64url of the document name>.ydoc   one Yjs state per document
 *   token-secret.key, accounts.json, revocations.json  signing key, users/devices/grants, revoked devices
 * Codes are kept in memory: a restart voids them.
 */
export async function openFileBackend(
  dataDir: string,
  fs: StoreFs,
  now: () => number,
): Promise<StorageBackend> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  return {
    description: `files in ${dataDir}`,
    secret: await loadOrCreateSecret(fs, dataDir),
    state: createFileStateStorage(dataDir, fs),
    documents: createFileDocumentStore(path.join(dataDir, 'documents'), fs),
    pairingCodes: new MemoryOneTimeCodes(PAIRING_CODE_LIFETIME_MS, now),
    inviteCodes: new MemoryOneTimeCodes(INVITE_CODE_LIFETIME_MS, now),
    close: async () => undefined,
  };
}
