// One-time codes for pairing a device and for invitations: 8 characters a person can read aloud and
// type (Crockford's base32 without I, L, O, U; shown as XXXX-XXXX, read back ignoring case, spaces
// and dashes), each valid once and only until it expires. Two code books: in this process' memory
// (the file store: a restart voids them, and the server prints a fresh pairing code when it starts),
// or in PostgreSQL (storage/postgres-one-time-codes.ts), so that a code issued by one server process
// is redeemed at another.
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 8;

export type CodeRefusal = 'unknown-code' | 'expired-code';
export type Redemption<T> = { ok: true; payload: T } | { ok: false; reason: CodeRefusal };

export interface IssuedCode {
  code: string;
  expiresAt: number;
}

export interface OneTimeCodes<T> {
  issue(payload: T): Promise<IssuedCode>;
  /** Takes the code: a second redemption of the same code is refused as unknown. */
  redeem(typed: string): Promise<Redemption<T>>;
}

export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** A new code as stored: 8 characters, no dash. */
export const newRawCode = () =>
  Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

export const formatCode = (raw: string) => `${raw.slice(0, 4)}-${raw.slice(4)}`;

export class MemoryOneTimeCodes<T> implements OneTimeCodes<T> {
  private readonly codes = new Map<string, { payload: T; expiresAt: number }>();

  constructor(
    private readonly lifetimeMs: number,
    private readonly now: () => number,
  ) {}

  async issue(payload: T): Promise<IssuedCode> {
    this.forgetExpired();
    let raw: string;
    do raw = newRawCode();
    while (this.codes.has(raw));
    const expiresAt = this.now() + this.lifetimeMs;
    this.codes.set(raw, { payload, expiresAt });
    return { code: formatCode(raw), expiresAt };
  }

  async redeem(typed: string): Promise<Redemption<T>> {
    const raw = normaliseCode(typed);
    const entry = this.codes.get(raw);
    if (!entry) return { ok: false, reason: 'unknown-code' };
    this.codes.delete(raw);
    if (entry.expiresAt <= this.now()) return { ok: false, reason: 'expired-code' };
    return { ok: true, payload: entry.payload };
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [raw, { expiresAt }] of this.codes) if (expiresAt <= now) this.codes.delete(raw);
  }
}
