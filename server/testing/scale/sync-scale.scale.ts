// `npm run test:sync-scale`: the sync scenario against PostgreSQL + Redis with two server processes
// (device A on process 1, device B on process 2), each the built server as `npm run sync-server`
// runs it. Installs and starts what it needs (debian-services.ts) and removes it afterwards.
// Convergence is checked by comparing the documents' rows maps, never by timing: every wait is on an
// event (synced, an update arriving, the server's log, a process' exit).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentName } from '../../../shared/sync/document-name';
import {
  allSent,
  callApi,
  connectClient,
  disconnectClient,
  pairDevice,
  type PairedDevice,
  type TestClient,
} from '../sync-test-kit';
import {
  ensureDebianPackages,
  freePort,
  startPostgres,
  startRedis,
  type RunningService,
} from './debian-services';
import { ServerProcess } from './server-process';

let postgres: RunningService | undefined;
let redis: RunningService | undefined;
const processes: ServerProcess[] = [];
const clients: TestClient[] = [];

const env = () => ({ DATABASE_URL: postgres!.url, REDIS_URL: redis!.url });

async function startProcess(name: string, port: number): Promise<ServerProcess> {
  const started = await ServerProcess.start(name, port, env());
  processes.push(started);
  return started;
}

function connect(server: ServerProcess, name: string, token: string, doc?: Y.Doc) {
  const client = connectClient(server, name, token, doc);
  clients.push(client);
  return client;
}

function disconnect(client: TestClient) {
  disconnectClient(client);
  clients.splice(clients.indexOf(client), 1);
}

/** Resolves once the client's rows map holds `value` (compared as JSON) under `key`. */
function hasRow(client: TestClient, key: string, value: unknown): Promise<void> {
  const holds = () => JSON.stringify(client.rows.get(key)) === JSON.stringify(value);
  if (holds()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!holds()) return;
      client.rows.unobserve(check);
      resolve();
    };
    client.rows.observe(check);
  });
}

/** Resolves once every client's rows map holds the same entries. */
function converged(...all: TestClient[]): Promise<void> {
  const same = () => all.every((client) => equalRows(client.rows, all[0].rows));
  if (same()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!same()) return;
      all.forEach((client) => client.rows.unobserve(check));
      resolve();
    };
    all.forEach((client) => client.rows.observe(check));
  });
}

const equalRows = (a: Y.Map<unknown>, b: Y.Map<unknown>) =>
  JSON.stringify(sorted(a.toJSON())) === JSON.stringify(sorted(b.toJSON()));
const sorted = (rows: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.localeCompare(b)));

async function storedRows(name: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: postgres!.url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT state FROM documents WHERE name = $1', [name]);
    const doc = new Y.Doc();
    if (rows[0]) Y.applyUpdate(doc, rows[0].state);
    return sorted(doc.getMap('rows').toJSON());
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const installed = ensureDebianPackages();
  if (installed.length > 0) console.log(`Installed ${installed.join(', ')}`);
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
}, 600_000);

afterAll(async () => {
  clients.splice(0).forEach(disconnectClient);
  await Promise.all(processes.splice(0).map((server) => server.stop()));
  await Promise.all([redis?.stop(), postgres?.stop()]);
}, 120_000);

describe('sync on PostgreSQL + Redis, two server processes', () => {
  it('keeps devices on different processes in sync through a partition, a restart, a viewer and a revocation', async () => {
    // Both processes start at once against the empty database: one set of tables, one owner.
    const [port1, port2] = [await freePort(), await freePort()];
    const [one, two] = await Promise.all([
      startProcess('process 1', port1),
      startProcess('process 2', port2),
    ]);
    expect(one.store).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\/postgres, live updates .* Redis/);

    // Device A pairs through process 1 with its printed code; A makes a code there, and device B
    // redeems it at process 2. Process 2's own printed code pairs a third device at process 1.
    const a = await pairDevice(one, one.pairingCode, 'Laptop');
    const { body: code } = await callApi(one, 'POST', '/v1/pairing-codes', { token: a.token });
    const b = await pairDevice(two, String(code.code), 'Desktop');
    const c = await pairDevice(one, two.pairingCode, 'Phone');
    expect(new Set([a.userId, b.userId, c.userId]).size).toBe(1);
    const grants = (await callApi(two, 'POST', '/v1/token', { token: b.token })).body.grants as {
      spaceId: string;
    }[];
    const personal = documentName({ spaceId: grants[0].spaceId, table: 'people', shard: 0 });

    // Edits on each reach the other live, through Redis.
    const onA = connect(one, personal, a.token);
    let onB = connect(two, personal, b.token);
    await Promise.all([onA.synced, onB.synced]);
    onA.rows.set('p1', { v: { displayName: 'Hanako Yamada' }, s: '1.0.A' });
    await hasRow(onB, 'p1', onA.rows.get('p1'));
    onB.rows.set('p2', { v: { displayName: 'Taro Suzuki' }, s: '1.0.B' });
    await hasRow(onA, 'p2', onB.rows.get('p2'));

    // A partition: B goes offline; both edit (the same row too); B reconnects and both converge.
    await allSent(onB);
    disconnect(onB);
    const offlineDoc = onB.doc;
    onA.rows.set('p3', { v: { displayName: 'Online edit' }, s: '2.0.A' });
    offlineDoc.getMap('rows').set('p4', { v: { displayName: 'Offline edit' }, s: '2.0.B' });
    onA.rows.set('p1', { v: { displayName: 'Hanako (A)' }, s: '3.0.A' });
    offlineDoc.getMap('rows').set('p1', { v: { displayName: 'Hanako (B)' }, s: '3.0.B' });
    onB = connect(two, personal, b.token, offlineDoc);
    await converged(onA, onB);
    expect(Object.keys(onA.rows.toJSON()).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);

    // A restart of process 1 in the middle: A's provider reconnects by itself once it is back;
    // what A wrote meanwhile (offline) and what B wrote through process 2 both arrive.
    await allSent(onA);
    await one.stop();
    onA.rows.set('p5', { v: { displayName: 'Written while process 1 was down' }, s: '4.0.A' });
    onB.rows.set('p6', { v: { displayName: 'Written through process 2' }, s: '4.0.B' });
    await one.relaunch();
    await converged(onA, onB);
    await hasRow(onA, 'p6', onB.rows.get('p6'));
    expect(Object.keys(onB.rows.toJSON()).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);

    // A viewer, invited through process 1 and redeemed at process 2: reads, and its write is
    // refused by process 2, never merged anywhere.
    const space = await callApi(one, 'POST', '/v1/spaces', { token: a.token, body: {} });
    const organizerToken = String(space.body.token);
    const invite = await callApi(one, 'POST', `/v1/spaces/${space.body.spaceId}/invites`, {
      token: organizerToken,
      body: { role: 'viewer' },
    });
    const viewer = (
      await callApi(two, 'POST', '/v1/invites/redeem', {
        body: { code: invite.body.code, deviceName: 'Viewer' },
      })
    ).body as unknown as PairedDevice;
    const roster = documentName({ spaceId: String(space.body.spaceId), table: 'events', shard: 0 });
    const organizer = connect(one, roster, organizerToken);
    const onViewer = connect(two, roster, viewer.token);
    await Promise.all([organizer.synced, onViewer.synced]);
    organizer.rows.set('e1', { v: { name: 'Meetup #1' }, s: '5.0.A' });
    await hasRow(onViewer, 'e1', organizer.rows.get('e1'));
    onViewer.rows.set('e1', { v: { name: 'Changed by a viewer' }, s: '9.0.V' });
    await two.logger.waitFor({ event: 'refused', reason: 'read-only' });
    organizer.rows.set('e2', { v: { name: 'Meetup #2' }, s: '6.0.A' });
    await hasRow(onViewer, 'e2', organizer.rows.get('e2'));
    expect(organizer.rows.get('e1')).toEqual({ v: { name: 'Meetup #1' }, s: '5.0.A' });

    // Revoking B through process 1 closes B's open connection on process 2 (PostgreSQL's notice)
    // and process 2 refuses B from then on; the viewer leaving through process 1 likewise.
    await allSent(onB);
    const revoked = await callApi(one, 'DELETE', `/v1/devices/${b.deviceId}`, {
      token: a.token,
    });
    expect(revoked.status).toBe(204);
    expect(await onB.closedByServer).toBe('device-revoked');
    const bAgain = connect(two, personal, b.token);
    expect(await bAgain.authenticationFailed).toBe('device-revoked');
    expect((await callApi(two, 'GET', '/v1/devices', { token: b.token })).status).toBe(401);

    const left = await callApi(one, 'POST', `/v1/spaces/${space.body.spaceId}/leave`, {
      token: viewer.token,
    });
    expect(left.status).toBe(200);
    expect(await onViewer.closedByServer).toBe('grant-withdrawn');
    expect(await connect(two, roster, viewer.token).authenticationFailed).toBe('grant-withdrawn');

    // Nothing lost: once both processes have stopped (storing what they hold), PostgreSQL holds
    // every row, as the devices see them.
    const expected = sorted(onA.rows.toJSON());
    await allSent(onA);
    await Promise.all([one.stop(), two.stop()]);
    expect(await storedRows(personal)).toEqual(expected);
    expect(Object.keys(expected)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(await storedRows(roster)).toEqual(sorted(organizer.rows.toJSON()));
  });
});
