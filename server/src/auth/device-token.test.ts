import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signDeviceToken, verifyDeviceToken, type TokenClaims } from './device-token';

const claims: TokenClaims = {
  deviceId: randomUUID(),
  userId: randomUUID(),
  grants: [{ spaceId: randomUUID(), role: 'viewer' }],
  issuedAt: 1_700_000_000_000,
};

describe('device tokens', () => {
  it('verifies a token this server signed and returns its claims', () => {
    const secret = randomBytes(32);
    expect(verifyDeviceToken(secret, signDeviceToken(secret, claims))).toEqual(claims);
  });

  it('refuses a token signed with another secret, a changed payload and garbage', () => {
    const secret = randomBytes(32);
    const token = signDeviceToken(secret, claims);
    expect(verifyDeviceToken(randomBytes(32), token)).toBeNull();

    const [prefix, , signature] = token.split('.');
    const promoted = Buffer.from(
      JSON.stringify({ ...claims, grants: [{ ...claims.grants[0], role: 'organizer' }] }),
    ).toString('base64url');
    expect(verifyDeviceToken(secret, `${prefix}.${promoted}.${signature}`)).toBeNull();
    for (const garbage of ['', 'hw1', 'hw1..', 'a.b.c', `${token}.extra`]) {
      expect(verifyDeviceToken(secret, garbage)).toBeNull();
    }
  });
});
