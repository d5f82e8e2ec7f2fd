// The PostgreSQL backend (DATABASE_URL): documents, accounts, codes and the token secret in one
// database that several server processes share. The tables are created when missing; the token
// secret is made by the first process to start and read by the others.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SyncLogger } from '../logger';
import { createPostgresDocumentStore } from './postgres-document-store';
import { createPostgresOneTimeCodes } from './postgres-one-time-codes';
import { createPostgresSchema } from './postgres-schema';
import { createPostgresStateStorage } from './postgres-state-storage';
import type { StateStorage } from './state-storage';
import {
  INVITE_CODE_LIFETIME_MS,
  PAIRING_CODE_LIFETIME_MS,
  type StorageBackend,
} from './storage-backend';

const SECRET = 'token-secret';
const SECRET_BYTES = 32;

export async function openPostgresBackend(
  connectionString: string,
  now: () => number,
  logger: SyncLogger,
): Promise<StorageBackend> {
  const pool = new pg.Pool({ connectionString });
  pool.on('error', (error) => logger.error('postgres-error', { message: error.message }));
  try {
    await createPostgresSchema(pool);
    const state = await createPostgresStateStorage(pool, connectionString, logger);
    const { host, pathname } = new URL(connectionString);
    return {
      description: `PostgreSQL at ${host || 'localhost'}${pathname}`,
      secret: await loadOrCreateSharedSecret(state),
      state,
      documents: createPostgresDocumentStore(pool),
      pairingCodes: createPostgresOneTimeCodes(pool, 'pairing', PAIRING_CODE_LIFETIME_MS, now),
      inviteCodes: createPostgresOneTimeCodes(pool, 'invite', INVITE_CODE_LIFETIME_MS, now),
      async close() {
        await state.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function loadOrCreateSharedSecret(state: StateStorage): Promise<Buffer> {
  await state.update([SECRET], (values) =>
    typeof values[SECRET] === 'string'
      ? values
      : { [SECRET]: randomBytes(SECRET_BYTES).toString('base64') },
  );
  const secret = Buffer.from(String((await state.read([SECRET]))[SECRET]), 'base64');
  if (secret.length < SECRET_BYTES)
    throw new Error(`${SECRET} is shorter than ${SECRET_BYTES} bytes`);
  return secret;
}
