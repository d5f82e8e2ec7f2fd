// The sync specs' own tools, without a browser: the server process prints its URL and pairing
// code, logs refusals with their reason, restarts on its port without losing what it stored, and
// the pausable proxy really cuts a device off and lets it back.
import { expect, test } from './support/sync-test';

async function pair(origin: string, code: string) {
  const response = await fetch(`${origin}/v1/devices`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'Kit' }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const devicesOf = (origin: string, token: string) =>
  fetch(`${origin}/v1/devices`, { headers: { Authorization: `Bearer ${token}` } });

test('the server pairs, logs a refusal with its reason and keeps its data across a restart', async ({
  syncServer,
}) => {
  const origin = syncServer.url.replace(/^ws:/, 'http:');
  expect(syncServer.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
  const paired = await pair(origin, syncServer.pairingCode);
  expect(paired.status).toBe(201);

  expect((await pair(origin, syncServer.pairingCode)).status).toBe(403);
  await syncServer.waitForRefusal('unknown-code');

  const port = syncServer.port;
  await syncServer.restart();
  expect(syncServer.port).toBe(port);
  expect((await devicesOf(origin, `${paired.body.token}`)).status).toBe(200);
});

test('the proxy forwards, cuts and refuses while paused, and forwards again', async ({
  syncServer,
  proxyToServer,
}) => {
  const proxy = await proxyToServer();
  const origin = proxy.url.replace(/^ws:/, 'http:');
  const { body } = await pair(origin, syncServer.pairingCode);
  const token = `${body.token}`;
  expect((await devicesOf(origin, token)).status).toBe(200);

  proxy.pause();
  await expect(devicesOf(origin, token)).rejects.toThrow();
  proxy.resume();
  expect((await devicesOf(origin, token)).status).toBe(200);
});
