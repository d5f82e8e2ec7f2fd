// The sync server's small HTTP API, beside the WebSocket on the same port (Hocuspocus' onRequest):
//   POST   /v1/devices                    pair: a one-time pairing code → a device token
//   POST   /v1/pairing-codes              (token) a code that pairs another device of this user
//   GET    /v1/devices                    (token) this user's devices
//   DELETE /v1/devices/:deviceId          (token) revoke one of them
//   GET    /v1/spaces                     (token) the spaces this user holds: role, kind, series
//   POST   /v1/spaces                     (token) a new shared space for a series, organized by this user
//   POST   /v1/spaces/:spaceId/leave      (token) leave a shared space (not the personal one)
//   GET    /v1/spaces/:spaceId/members    (token, member) who holds the space, with their devices
//   DELETE /v1/spaces/:spaceId/members/:userId  (token, organizer) withdraw a member's grant
//   POST   /v1/spaces/:spaceId/invites    (token, organizer) an invitation code for a role
//   POST   /v1/invites/redeem             (token, or none for a new user) join the space
//   POST   /v1/token                      (token) a fresh token carrying the user's current grants
// Every refusal is logged with its reason and the client's address, and answered as
// { error: reason }. Wrong codes (pairing or invitation) are limited per address and overall
// (auth/code-guess-limiter.ts): past the limit, 429 too-many-attempts without looking the code up.
// The answers that carry a token (pairing, redeeming, refreshing) also say which space is the
// user's personal one and describe every space the user holds, so a device can set up its sync
// from one answer.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Accounts } from '../auth/accounts';
import type { CodeGuessLimiter } from '../auth/code-guess-limiter';
import { signDeviceToken, verifyDeviceToken, type TokenClaims } from '../auth/device-token';
import type { Grant } from '../auth/grants';
import type { OneTimeCodes } from '../auth/one-time-codes';
import type { SyncLogger } from '../logger';
import { createInviteBody, createSpaceBody, pairDeviceBody, redeemInviteBody } from './api-schemas';
import { clientAddress } from './client-address';
import { bearerToken, HttpRefusal, readJsonBody, sendJson } from './http-io';

export interface SyncApiDeps {
  secret: Buffer;
  accounts: Accounts;
  pairingCodes: OneTimeCodes<{ userId: string }>;
  inviteCodes: OneTimeCodes<Grant>;
  codeGuesses: CodeGuessLimiter;
  /** Take the client's address from X-Forwarded-For (behind a proxy); see client-address.ts. */
  trustForwardedFor: boolean;
  logger: SyncLogger;
  now: () => number;
  /** The owner's personal space, which cannot be left. */
  personalSpaceId: string;
  onDeviceRevoked(deviceId: string): void;
  /** A user left the space or an organizer removed them: their grant is gone. */
  onSpaceLeft(userId: string, spaceId: string): void;
}

type Reply = { status: number; body?: unknown };
type Handler = (request: IncomingMessage, params: string[]) => Promise<Reply>;

export function createSyncApi(deps: SyncApiDeps) {
  const { accounts, logger } = deps;

  const issueToken = (deviceId: string, userId: string) =>
    signDeviceToken(deps.secret, {
      deviceId,
      userId,
      grants: accounts.grantsOf(userId),
      issuedAt: deps.now(),
    });

  /** The owner's personal space when this user is the one holding it, else null. */
  const personalSpaceOf = (userId: string) =>
    accounts.grantIn(userId, deps.personalSpaceId) ? deps.personalSpaceId : null;
  const spacesOf = (userId: string) =>
    accounts.grantsOf(userId).map(({ spaceId, role }) => ({
      spaceId,
      role,
      kind: spaceId === deps.personalSpaceId ? ('personal' as const) : ('shared' as const),
      series: accounts.seriesOf(spaceId),
    }));
  /** What a device needs to sync as this user: its token, the personal space, every space. */
  const grantAnswer = (deviceId: string, userId: string) => ({
    token: issueToken(deviceId, userId),
    deviceId,
    userId,
    grants: accounts.grantsOf(userId),
    personalSpaceId: personalSpaceOf(userId),
    spaces: spacesOf(userId),
  });

  const claimsOf = (request: IncomingMessage): TokenClaims | null => {
    const token = bearerToken(request);
    if (token === null) return null;
    const claims = verifyDeviceToken(deps.secret, token);
    if (!claims) throw new HttpRefusal(401, 'bad-token');
    if (accounts.isRevoked(claims.deviceId)) throw new HttpRefusal(401, 'device-revoked');
    return claims;
  };
  const authenticate = (request: IncomingMessage): TokenClaims => {
    const claims = claimsOf(request);
    if (!claims) throw new HttpRefusal(401, 'missing-token');
    return claims;
  };
  const bodyOf = async <T>(request: IncomingMessage, schema: z.ZodType<T>): Promise<T> => {
    const parsed = schema.safeParse(await readJsonBody(request));
    if (!parsed.success) throw new HttpRefusal(400, 'bad-request');
    return parsed.data;
  };

  const addressOf = (request: IncomingMessage) => clientAddress(request, deps.trustForwardedFor);
  const redeemCode = async <T>(
    codes: OneTimeCodes<T>,
    code: string,
    request: IncomingMessage,
  ): Promise<T> => {
    const address = addressOf(request);
    if (!deps.codeGuesses.allows(address)) throw new HttpRefusal(429, 'too-many-attempts');
    const redemption = await codes.redeem(code);
    if (!redemption.ok) {
      deps.codeGuesses.recordFailure(address);
      throw new HttpRefusal(403, redemption.reason);
    }
    return redemption.payload;
  };

  const pairDevice: Handler = async (request) => {
    const { code, deviceName } = await bodyOf(request, pairDeviceBody);
    const { userId } = await redeemCode(deps.pairingCodes, code, request);
    const { deviceId } = await accounts.addDevice(userId, deviceName);
    logger.info('device-paired', { userId, deviceId });
    return { status: 201, body: grantAnswer(deviceId, userId) };
  };

  const issuePairingCode: Handler = async (request) => {
    const { userId } = authenticate(request);
    return { status: 201, body: await deps.pairingCodes.issue({ userId }) };
  };

  const listDevices: Handler = async (request) => {
    const { userId } = authenticate(request);
    return { status: 200, body: { devices: accounts.devicesOf(userId) } };
  };

  const revokeDevice: Handler = async (request, [deviceId]) => {
    const { userId } = authenticate(request);
    if (!(await accounts.revokeDevice(userId, deviceId))) {
      throw new HttpRefusal(404, 'unknown-device');
    }
    logger.info('device-revoked', { userId, deviceId });
    deps.onDeviceRevoked(deviceId);
    return { status: 204 };
  };

  const createSpace: Handler = async (request) => {
    const { userId, deviceId } = authenticate(request);
    const { series } = await bodyOf(request, createSpaceBody);
    const spaceId = randomUUID();
    await accounts.setSeries(spaceId, series ?? null);
    await accounts.addGrant(userId, { spaceId, role: 'organizer' });
    logger.info('space-created', { userId, spaceId });
    return { status: 201, body: { spaceId, token: issueToken(deviceId, userId) } };
  };

  const listSpaces: Handler = async (request) => {
    const { userId } = authenticate(request);
    return { status: 200, body: { spaces: spacesOf(userId) } };
  };

  const leaveSpace: Handler = async (request, [spaceId]) => {
    const { userId, deviceId } = authenticate(request);
    if (spaceId === deps.personalSpaceId) throw new HttpRefusal(403, 'personal-space');
    if (!accounts.grantIn(userId, spaceId)) throw new HttpRefusal(404, 'unknown-space');
    await accounts.removeGrant(userId, spaceId);
    logger.info('space-left', { userId, spaceId });
    deps.onSpaceLeft(userId, spaceId);
    return { status: 200, body: { token: issueToken(deviceId, userId) } };
  };

  /** Refuses unless both the token and the account still say the user organizes the space. */
  const requireOrganizer = ({ userId, grants }: TokenClaims, spaceId: string) => {
    const organizes = (held: Grant | undefined) => held?.role === 'organizer';
    if (
      !organizes(grants.find((grant) => grant.spaceId === spaceId)) ||
      !organizes(accounts.grantIn(userId, spaceId))
    ) {
      throw new HttpRefusal(403, 'not-organizer');
    }
  };

  const createInvite: Handler = async (request, [spaceId]) => {
    const claims = authenticate(request);
    const { userId } = claims;
    const { role } = await bodyOf(request, createInviteBody);
    requireOrganizer(claims, spaceId);
    logger.info('invite-created', { userId, spaceId, role });
    return { status: 201, body: await deps.inviteCodes.issue({ spaceId, role }) };
  };

  const redeemInvite: Handler = async (request) => {
    const claims = claimsOf(request);
    const { code, deviceName } = await bodyOf(request, redeemInviteBody);
    const grant = await redeemCode(deps.inviteCodes, code, request);
    let userId: string;
    let deviceId: string;
    if (claims) {
      ({ userId, deviceId } = claims);
      await accounts.addGrant(userId, grant);
    } else {
      userId = await accounts.createUser([grant]);
      ({ deviceId } = await accounts.addDevice(userId, deviceName ?? 'Device'));
    }
    logger.info('invite-redeemed', { userId, deviceId, spaceId: grant.spaceId, role: grant.role });
    return { status: 200, body: grantAnswer(deviceId, userId) };
  };

  const refreshToken: Handler = async (request) => {
    const { userId, deviceId } = authenticate(request);
    return { status: 200, body: grantAnswer(deviceId, userId) };
  };

  const listMembers: Handler = async (request, [spaceId]) => {
    const { userId } = authenticate(request);
    if (!accounts.grantIn(userId, spaceId)) throw new HttpRefusal(404, 'unknown-space');
    return { status: 200, body: { members: accounts.membersOf(spaceId) } };
  };

  const removeMember: Handler = async (request, [spaceId, memberId]) => {
    const claims = authenticate(request);
    requireOrganizer(claims, spaceId);
    if (spaceId === deps.personalSpaceId) throw new HttpRefusal(403, 'personal-space');
    if (!accounts.grantIn(memberId, spaceId)) throw new HttpRefusal(404, 'unknown-member');
    await accounts.removeGrant(memberId, spaceId);
    logger.info('member-removed', { userId: claims.userId, spaceId, memberId });
    deps.onSpaceLeft(memberId, spaceId);
    return { status: 204 };
  };

  const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
  const routes: [method: string, path: RegExp, handler: Handler][] = [
    ['POST', /^\/v1\/devices$/, pairDevice],
    ['POST', /^\/v1\/pairing-codes$/, issuePairingCode],
    ['GET', /^\/v1\/devices$/, listDevices],
    ['DELETE', new RegExp(`^/v1/devices/${uuid}$`), revokeDevice],
    ['GET', /^\/v1\/spaces$/, listSpaces],
    ['POST', /^\/v1\/spaces$/, createSpace],
    ['POST', new RegExp(`^/v1/spaces/${uuid}/leave$`), leaveSpace],
    ['POST', new RegExp(`^/v1/spaces/${uuid}/invites$`), createInvite],
    ['GET', new RegExp(`^/v1/spaces/${uuid}/members$`), listMembers],
    ['DELETE', new RegExp(`^/v1/spaces/${uuid}/members/${uuid}$`), removeMember],
    ['POST', /^\/v1\/invites\/redeem$/, redeemInvite],
    ['POST', /^\/v1\/token$/, refreshToken],
  ];

  /** Answers the request; every request gets an answer here (unknown paths a 404). */
  return async function handleRequest(request: IncomingMessage, response: ServerResponse) {
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://sync.invalid').pathname;
    if (method === 'OPTIONS') return sendJson(response, 204);
    try {
      for (const [routeMethod, pattern, handler] of routes) {
        const match = pattern.exec(path);
        if (!match || routeMethod !== method) continue;
        const { status, body } = await handler(request, match.slice(1));
        return sendJson(response, status, body);
      }
      throw new HttpRefusal(404, 'not-found');
    } catch (error) {
      if (!(error instanceof HttpRefusal)) {
        logger.error('request-failed', { method, path, message: String(error) });
        return sendJson(response, 500, { error: 'internal-error' });
      }
      logger.refused(error.reason, { method, path, address: addressOf(request) });
      sendJson(response, error.status, { error: error.reason });
    }
  };
}
