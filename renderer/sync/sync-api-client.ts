// The sync server's HTTP API as typed calls (server/src/http/sync-api.ts). Every answer is checked
// with zod before use. Two kinds of failure, kept apart because the UI says different things:
// the server refused (SyncApiRefusal, carrying the server's reason: 'unknown-code',
// 'device-revoked'…) and the server could not be reached at all (SyncApiUnreachable).
// Only Settings → Sync imports this (a lazily loaded screen), never the first-start bundle.
import { z } from 'zod';

export class SyncApiRefusal extends Error {
  constructor(
    readonly status: number,
    /** The server's word for why ('unknown-code', 'not-organizer'…), or 'bad-response'. */
    readonly reason: string,
  ) {
    super(`The sync server refused: ${reason} (${status})`);
  }
}

export class SyncApiUnreachable extends Error {
  constructor(readonly origin: string) {
    super(`Cannot reach the sync server at ${origin}`);
  }
}

const role = z.enum(['organizer', 'viewer']);
const spaceSchema = z.object({
  spaceId: z.string(),
  role,
  kind: z.enum(['personal', 'shared']),
  series: z.string().nullable(),
});
const grantAnswerSchema = z.object({
  token: z.string(),
  deviceId: z.string(),
  userId: z.string(),
  personalSpaceId: z.string().nullable(),
  spaces: z.array(spaceSchema),
});
const issuedCodeSchema = z.object({ code: z.string(), expiresAt: z.number() });
const deviceSchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  pairedAt: z.number(),
  revoked: z.boolean(),
});
const memberSchema = z.object({
  userId: z.string(),
  role,
  deviceNames: z.array(z.string()),
});
const tokenAnswerSchema = z.object({ token: z.string() });
const createdSpaceSchema = z.object({ spaceId: z.string(), token: z.string() });
const refusalSchema = z.object({ error: z.string() });

/** A space as the server describes it to one of its members. */
export type SyncApiSpace = z.infer<typeof spaceSchema>;
/** What pairing, redeeming and refreshing answer: a token and everything it grants. */
export type SyncGrantAnswer = z.infer<typeof grantAnswerSchema>;
/** A one-time code (pairing: 10 minutes; invitation: 7 days). */
export type SyncIssuedCode = z.infer<typeof issuedCodeSchema>;
export type SyncDevice = z.infer<typeof deviceSchema>;
export type SyncMember = z.infer<typeof memberSchema>;

export interface SyncApiClient {
  pair(request: { code: string; deviceName: string }): Promise<SyncGrantAnswer>;
  issuePairingCode(token: string): Promise<SyncIssuedCode>;
  listDevices(token: string): Promise<SyncDevice[]>;
  revokeDevice(token: string, deviceId: string): Promise<void>;
  listSpaces(token: string): Promise<SyncApiSpace[]>;
  /** A new shared space for the series; the answer's token carries its grant. */
  createSpace(token: string, series: string): Promise<{ spaceId: string; token: string }>;
  createInvite(
    token: string,
    spaceId: string,
    role: 'organizer' | 'viewer',
  ): Promise<SyncIssuedCode>;
  /** With a token the grant joins this user; without one the server makes a new user. */
  redeemInvite(request: {
    code: string;
    deviceName: string;
    token?: string;
  }): Promise<SyncGrantAnswer>;
  leaveSpace(token: string, spaceId: string): Promise<{ token: string }>;
  listMembers(token: string, spaceId: string): Promise<SyncMember[]>;
  removeMember(token: string, spaceId: string, userId: string): Promise<void>;
  refreshToken(token: string): Promise<SyncGrantAnswer>;
}

interface CallOptions {
  token?: string;
  body?: unknown;
}

/** A client of the API at `origin` (shared/sync/sync-url: syncApiOrigin of the server URL). */
export function createSyncApiClient(origin: string, fetchFn: typeof fetch = fetch): SyncApiClient {
  async function call<T>(
    method: string,
    path: string,
    schema: z.ZodType<T> | null,
    { token, body }: CallOptions = {},
  ): Promise<T> {
    let response: Response;
    try {
      response = await fetchFn(`${origin}${path}`, {
        method,
        headers: {
          ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new SyncApiUnreachable(origin);
    }
    const text = await response.text().catch(() => '');
    const json = parseJson(text);
    if (!response.ok) {
      const refusal = refusalSchema.safeParse(json);
      throw new SyncApiRefusal(
        response.status,
        refusal.success ? refusal.data.error : 'bad-response',
      );
    }
    if (schema === null) return undefined as T;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new SyncApiRefusal(response.status, 'bad-response');
    return parsed.data;
  }

  const space = (spaceId: string) => `/v1/spaces/${encodeURIComponent(spaceId)}`;

  return {
    pair: (body) => call('POST', '/v1/devices', grantAnswerSchema, { body }),
    issuePairingCode: (token) => call('POST', '/v1/pairing-codes', issuedCodeSchema, { token }),
    listDevices: async (token) =>
      (await call('GET', '/v1/devices', z.object({ devices: z.array(deviceSchema) }), { token }))
        .devices,
    revokeDevice: (token, deviceId) =>
      call('DELETE', `/v1/devices/${encodeURIComponent(deviceId)}`, null, { token }),
    listSpaces: async (token) =>
      (await call('GET', '/v1/spaces', z.object({ spaces: z.array(spaceSchema) }), { token }))
        .spaces,
    createSpace: (token, series) =>
      call('POST', '/v1/spaces', createdSpaceSchema, { token, body: { series } }),
    createInvite: (token, spaceId, role) =>
      call('POST', `${space(spaceId)}/invites`, issuedCodeSchema, { token, body: { role } }),
    redeemInvite: ({ token, ...body }) =>
      call('POST', '/v1/invites/redeem', grantAnswerSchema, { token, body }),
    leaveSpace: (token, spaceId) =>
      call('POST', `${space(spaceId)}/leave`, tokenAnswerSchema, { token }),
    listMembers: async (token, spaceId) =>
      (
        await call(
          'GET',
          `${space(spaceId)}/members`,
          z.object({ members: z.array(memberSchema) }),
          {
            token,
          },
        )
      ).members,
    removeMember: (token, spaceId, userId) =>
      call('DELETE', `${space(spaceId)}/members/${encodeURIComponent(userId)}`, null, { token }),
    refreshToken: (token) => call('POST', '/v1/token', grantAnswerSchema, { token }),
  };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
