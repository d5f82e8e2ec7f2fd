import { describe, expect, it } from 'vitest';
import { OneTimeCodes } from './one-time-codes';

describe('one-time codes', () => {
  it('issues short typable codes, accepted once, ignoring case, spaces and dashes', () => {
    const codes = new OneTimeCodes<string>(60_000, () => 0);
    const { code } = codes.issue('alice');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(codes.redeem(` ${code.toLowerCase().replace('-', ' ')} `)).toEqual({
      ok: true,
      payload: 'alice',
    });
    expect(codes.redeem(code)).toEqual({ ok: false, reason: 'unknown-code' });
  });

  it('refuses a code once its lifetime is over', () => {
    let now = 1_000;
    const codes = new OneTimeCodes<string>(60_000, () => now);
    const { code, expiresAt } = codes.issue('bob');
    expect(expiresAt).toBe(61_000);
    now = 61_000;
    expect(codes.redeem(code)).toEqual({ ok: false, reason: 'expired-code' });
  });
});
