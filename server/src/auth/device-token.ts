// Device tokens: `hw1.<payload>.<signature>`, the payload base64url JSON (device, user, grants,
// issue time), the signature HMAC-SHA256 over `hw1.<payload>` with the server's secret. Stateless
// to check; revocation is a separate list the server consults on every connection and request.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { grantSchema } from './grants';

const PREFIX = 'hw1';

export const tokenClaimsSchema = z.object({
  deviceId: z.uuid(),
  userId: z.uuid(),
  grants: z.array(grantSchema),
  issuedAt: z.number().int().nonnegative(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

const signatureOf = (secret: Buffer, signed: string) =>
  createHmac('sha256', secret).update(signed).digest();

export function signDeviceToken(secret: Buffer, claims: TokenClaims): string {
  const signed = `${PREFIX}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signed}.${signatureOf(secret, signed).toString('base64url')}`;
}

/** The claims of a token this server signed, or null for anything else. */
export function verifyDeviceToken(secret: Buffer, token: string): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const expected = signatureOf(secret, `${parts[0]}.${parts[1]}`);
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = tokenClaimsSchema.safeParse(
      JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
