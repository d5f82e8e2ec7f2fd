// Guessing codes against a real server on loopback: wrong pairing and invitation codes are limited
// per remote address and overall, answered 429 too-many-attempts and logged as refusals, while a
// device pairing from another address is not held up by them. Addresses differ by the local
// address of the connection (127.0.0.1, 127.0.0.2, … are all this machine); the clock is the
// server's injected `now`.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { newDataDir, pairDevice, startTestServer } from '../testing/sync-test-kit';
import type { SyncServer } from './sync-server';

const servers: SyncServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serverWith(options: Parameters<typeof startTestServer>[1]) {
  const started = await startTestServer(await newDataDir(), options);
  servers.push(started.server);
  return started;
}

/** POSTs JSON from the given local address; resolves with the status and the error, if any. */
function postFrom(
  server: SyncServer,
  localAddress: string,
  route: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; error?: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${server.httpUrl}${route}`,
      { method: 'POST', localAddress, headers: { 'Content-Type': 'application/json', ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            error: text ? JSON.parse(text).error : undefined,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify(body));
  });
}

const guess = (server: SyncServer, from: string, route = '/v1/devices') =>
  postFrom(server, from, route, { code: '0000-0000', deviceName: 'Guess' });

describe('code guessing', () => {
  it('answers 429 after 10 wrong codes from one address in 10 minutes, and logs it', async () => {
    let clock = Date.UTC(2026, 11, 7, 9);
    const { server, logger } = await serverWith({ now: () => clock });

    for (let i = 0; i < 10; i += 1) {
      expect(await guess(server, '127.0.0.2')).toEqual({ status: 403, error: 'unknown-code' });
    }
    // The right code is not even looked up once the address is over its limit.
    const code = (await server.issueOwnerPairingCode()).code;
    expect(
      await postFrom(server, '127.0.0.2', '/v1/devices', { code, deviceName: 'Guess' }),
    ).toEqual({ status: 429, error: 'too-many-attempts' });
    expect(await guess(server, '127.0.0.2', '/v1/invites/redeem')).toEqual({
      status: 429,
      error: 'too-many-attempts',
    });
    expect(logger.events.filter(({ reason }) => reason === 'too-many-attempts')).toEqual([
      expect.objectContaining({ event: 'refused', path: '/v1/devices', address: '127.0.0.2' }),
      expect.objectContaining({ path: '/v1/invites/redeem', address: '127.0.0.2' }),
    ]);

    // Another address pairs meanwhile, with that same code, which the refused try left valid.
    const device = await pairDevice(server, code, 'Laptop');
    expect(device.token).toMatch(/^hw1\./);

    // Ten minutes after its first failures, the address may try again.
    clock += 10 * 60 * 1000;
    expect(await guess(server, '127.0.0.2')).toEqual({ status: 403, error: 'unknown-code' });
  });

  it('counts wrong invitation codes with wrong pairing codes', async () => {
    const { server } = await serverWith({});
    for (let i = 0; i < 5; i += 1) await guess(server, '127.0.0.3', '/v1/invites/redeem');
    for (let i = 0; i < 5; i += 1) await guess(server, '127.0.0.3');
    expect(await guess(server, '127.0.0.3', '/v1/invites/redeem')).toEqual({
      status: 429,
      error: 'too-many-attempts',
    });
  });

  it('stops guessing spread over many addresses with the overall limit', async () => {
    const limits = { perAddress: 10, overall: 4, windowMs: 10 * 60 * 1000 };
    const { server } = await serverWith({ codeGuessLimits: limits });
    for (const last of [2, 3, 4, 5]) await guess(server, `127.0.0.${last}`);
    expect(await guess(server, '127.0.0.6')).toEqual({ status: 429, error: 'too-many-attempts' });
  });

  it('behind a proxy, limits the client the proxy names, not the proxy', async () => {
    const { server } = await serverWith({ trustForwardedFor: true });
    const viaProxy = (client: string) =>
      postFrom(
        server,
        '127.0.0.1',
        '/v1/devices',
        { code: '0000-0000', deviceName: 'G' },
        {
          // A client may send its own X-Forwarded-For; the proxy appends the address it saw.
          'X-Forwarded-For': `203.0.113.9, ${client}`,
        },
      );
    for (let i = 0; i < 10; i += 1) await viaProxy('198.51.100.7');
    expect(await viaProxy('198.51.100.7')).toEqual({ status: 429, error: 'too-many-attempts' });
    expect(await viaProxy('198.51.100.8')).toEqual({ status: 403, error: 'unknown-code' });
  });
});
