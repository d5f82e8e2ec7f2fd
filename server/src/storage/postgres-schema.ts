// The tables of the PostgreSQL store, created when missing. Several server processes may start at
// once against an empty database: the creation holds an advisory lock, so one creates and the
// others find the tables there.
//   documents       one Yjs state per document (Y.encodeStateAsUpdate, merged on every store)
//   server_state    named JSON values: accounts, revocations, the token secret
//   one_time_codes  unredeemed pairing and invitation codes, until they expire
import type pg from 'pg';
import { inTransaction, LOCKS } from './postgres-transaction';

const TABLES = [
  `CREATE TABLE IF NOT EXISTS documents (
     name text PRIMARY KEY,
     state bytea NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE IF NOT EXISTS server_state (
     name text PRIMARY KEY,
     value json NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE TABLE IF NOT EXISTS one_time_codes (
     kind text NOT NULL,
     code text NOT NULL,
     payload json NOT NULL,
     expires_at bigint NOT NULL,
     PRIMARY KEY (kind, code))`,
];

export function createPostgresSchema(pool: pg.Pool): Promise<void> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...LOCKS.schema]);
    for (const statement of TABLES) await client.query(statement);
  });
}
