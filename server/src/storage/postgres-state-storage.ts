// The state storage shared by several server processes: rows of `server_state` (name, JSON value).
// An update holds one advisory lock for its transaction, reads the latest values, saves those that
// changed and sends a notice (NOTIFY hallway_state, with this process' id) in the same transaction;
// every process LISTENs on a connection of its own and reloads when another one changed something.
// If that connection drops, it reconnects and reloads (a notice sent meanwhile would be missed).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { SyncLogger } from '../logger';
import { inTransaction, LOCKS } from './postgres-transaction';
import { changedValues, type StateStorage, type StateValues } from './state-storage';

const CHANNEL = 'hallway_state';
const RECONNECT_DELAY_MS = 1_000;

export interface PostgresStateStorage extends StateStorage {
  close(): Promise<void>;
}

export async function createPostgresStateStorage(
  pool: pg.Pool,
  connectionString: string,
  logger: SyncLogger,
): Promise<PostgresStateStorage> {
  const processId = randomUUID();
  const listeners: (() => void)[] = [];
  const changedElsewhere = () => listeners.forEach((listener) => listener());
  let listener: pg.Client | undefined;
  let closed = false;

  const listen = async () => {
    const client = new pg.Client({ connectionString });
    client.on('notification', ({ channel, payload }) => {
      if (channel === CHANNEL && payload !== processId) changedElsewhere();
    });
    client.on('error', (error) => {
      logger.error('state-listener-lost', { message: error.message });
      client.end().catch(() => undefined);
      if (!closed) setTimeout(reconnect, RECONNECT_DELAY_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  const reconnect = () =>
    listen().then(changedElsewhere, (error: Error) => {
      logger.error('state-listener-lost', { message: error.message });
      if (!closed) setTimeout(reconnect, RECONNECT_DELAY_MS);
    });

  const readWith = async (client: pg.Pool | pg.PoolClient, names: readonly string[]) => {
    const { rows } = await client.query<{ name: string; value: unknown }>(
      'SELECT name, value FROM server_state WHERE name = ANY($1)',
      [names],
    );
    return Object.fromEntries(rows.map(({ name, value }) => [name, value])) as StateValues;
  };

  await listen();
  return {
    read: (names) => readWith(pool, names),
    update: (names, change) =>
      inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...LOCKS.state]);
        const previous = await readWith(client, names);
        const changed = changedValues(previous, change(structuredClone(previous)));
        for (const [name, value] of Object.entries(changed)) {
          await client.query(
            `INSERT INTO server_state (name, value, updated_at) VALUES ($1, $2, now())
             ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
            [name, JSON.stringify(value)],
          );
        }
        if (Object.keys(changed).length > 0) {
          await client.query('SELECT pg_notify($1, $2)', [CHANNEL, processId]);
        }
      }),
    onChangedElsewhere(listener) {
      listeners.push(listener);
    },
    async close() {
      closed = true;
      await listener?.end();
    },
  };
}
