// Runs work in one PostgreSQL transaction on one pooled connection: committed when it resolves,
// rolled back when it throws.
import type pg from 'pg';

export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Advisory lock keys of the two-number form (a key space apart from the one-number keys that
 * postgres-document-store.ts derives from document names).
 */
export const LOCKS = { schema: [0x48574159, 1], state: [0x48574159, 2] } as const;
