// The Database extension's fetch/store over PostgreSQL: one row per document in `documents`
// (name, state, updated_at). Several server processes may store the same document, each from its
// own copy: a store therefore merges its state with the stored one (Y.mergeUpdates, under a
// per-document advisory lock) before its one upsert, so no process' store can drop what another
// stored, whatever the order. Yjs updates are idempotent, so merging what is already there changes
// nothing.
import type pg from 'pg';
import * as Y from 'yjs';
import type { DocumentStore } from './file-document-store';
import { inTransaction } from './postgres-transaction';

const asBytea = (state: Uint8Array) =>
  Buffer.from(state.buffer, state.byteOffset, state.byteLength);

export function createPostgresDocumentStore(pool: pg.Pool): DocumentStore {
  return {
    async fetch(documentName) {
      const { rows } = await pool.query<{ state: Buffer }>(
        'SELECT state FROM documents WHERE name = $1',
        [documentName],
      );
      return rows[0] ? new Uint8Array(rows[0].state) : null;
    },
    store(documentName, state) {
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [documentName]);
        const { rows } = await client.query<{ state: Buffer }>(
          'SELECT state FROM documents WHERE name = $1',
          [documentName],
        );
        const merged = rows[0] ? Y.mergeUpdates([rows[0].state, state]) : state;
        await client.query(
          `INSERT INTO documents (name, state, updated_at) VALUES ($1, $2, now())
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
          [documentName, asBytea(merged)],
        );
      });
    },
  };
}
