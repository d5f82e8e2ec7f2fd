import { describe, expect, it } from 'vitest';
import { MemoryOneTimeCodes } from './one-time-codes';

describe('one-time codes', () => {
  it('issues short typable codes, accepted once, ignoring case, spaces and dashes', async () => {
    const codes = new MemoryOneTimeCodes<string>(60_000, () => 0);
    const { code } = await codes.issue('alice');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await codes.redeem(` ${code.toLowerCase().replace('-', ' ')} `)).toEqual({
      ok: true,
      payload: 'alice',
    });
    expect(await codes.redeem(code)).toEqual({ ok: false, reason: 'unknown-code' });
  });

  it('refuses a code once its lifetime is over', async () => {
    let now = 1_000;
    const codes = new MemoryOneTimeCodes<string>(60_000, () => now);
    const { code, expiresAt } = await codes.issue('bob');
    expect(expiresAt).toBe(61_000);
    now = 61_000;
    expect(await codes.redeem(code)).toEqual({ ok: false, reason: 'expired-code' });
  });
});
