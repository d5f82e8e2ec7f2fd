// Pairing and invitation codes in PostgreSQL (`one_time_codes`), so that a code issued by one server
// process is redeemed at another, and survives a restart until it expires. A redemption deletes the
// row it finds (one statement), so a code is taken once even when two processes race for it.
import type pg from 'pg';
import {
  formatCode,
  newRawCode,
  normaliseCode,
  type IssuedCode,
  type OneTimeCodes,
  type Redemption,
} from '../auth/one-time-codes';

export function createPostgresOneTimeCodes<T>(
  pool: pg.Pool,
  kind: 'pairing' | 'invite',
  lifetimeMs: number,
  now: () => number,
): OneTimeCodes<T> {
  return {
    async issue(payload: T): Promise<IssuedCode> {
      await pool.query('DELETE FROM one_time_codes WHERE expires_at <= $1', [now()]);
      const expiresAt = now() + lifetimeMs;
      for (;;) {
        const raw = newRawCode();
        const { rowCount } = await pool.query(
          `INSERT INTO one_time_codes (kind, code, payload, expires_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING`,
          [kind, raw, JSON.stringify(payload), expiresAt],
        );
        if (rowCount === 1) return { code: formatCode(raw), expiresAt };
      }
    },
    async redeem(typed: string): Promise<Redemption<T>> {
      const { rows } = await pool.query<{ payload: T; expires_at: string }>(
        'DELETE FROM one_time_codes WHERE kind = $1 AND code = $2 RETURNING payload, expires_at',
        [kind, normaliseCode(typed)],
      );
      if (!rows[0]) return { ok: false, reason: 'unknown-code' };
      if (Number(rows[0].expires_at) <= now()) return { ok: false, reason: 'expired-code' };
      return { ok: true, payload: rows[0].payload };
    },
  };
}
