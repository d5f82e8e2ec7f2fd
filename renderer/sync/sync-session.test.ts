// The sync session against the real server (server/testing): two devices of one user, each its own
// database, over `ws` on 127.0.0.1. A stand-in replicator opens the documents and lets the test set
// entries, so this file tests the transport, the saved documents and the status; the replicator's
// own tests cover rows. Waits are on statuses and values arriving, never on time.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { documentName } from '../../shared/sync/document-name';
import {
  callApi,
  newDataDir,
  pairDevice,
  startTestServer,
  type PairedDevice,
} from '../../server/testing/sync-test-kit';
import type { SyncServer } from '../../server/src/sync-server';
import { HallwayDatabase } from '../db/database';
import { liveQuery } from 'dexie';
import { createPerson, updatePerson } from '../data/writes/people-writes';
import type { Person } from '../../shared/domain/entities';
import { Replicator } from './replication/replicator';
import type { SyncConfig, SyncSpace } from './sync-config';
import {
  startSyncSession,
  type ReplicatorLike,
  type ReplicatorSetup,
  type SyncSession,
} from './sync-session';
import type { SyncStatus } from './sync-status';

const servers: SyncServer[] = [];
const sockets: WebSocket[] = [];

/** `ws`, remembering each socket so a test can cut them as a server process exiting would. */
class RecordedWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    sockets.push(this);
  }
}
const sessions: SyncSession[] = [];
const databases: HallwayDatabase[] = [];

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.stop()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(databases.splice(0).map((db) => db.delete()));
  sockets.splice(0);
});

class StandInReplicator implements ReplicatorLike {
  readonly docs = new Map<string, Y.Doc>();
  pendingCount = 0;

  constructor(
    private readonly setup: ReplicatorSetup,
    private readonly names: string[],
  ) {}

  documentNames() {
    return this.names;
  }
  async start() {
    for (const name of this.names) this.docs.set(name, this.setup.documentFor(name));
  }
  async publish() {}
  stop() {}

  rows(name: string): Y.Map<unknown> {
    return this.docs.get(name)!.getMap('rows');
  }
}

/** The statuses a session reported, and a wait for the next one of a kind. */
class StatusLog {
  readonly statuses: SyncStatus[] = [];
  private waiters: { matches: (status: SyncStatus) => boolean; resolve: () => void }[] = [];

  readonly report = (status: SyncStatus) => {
    this.statuses.push(status);
    this.waiters = this.waiters.filter(({ matches, resolve }) => {
      if (!matches(status)) return true;
      resolve();
      return false;
    });
  };

  /** The kinds reported, a kind reported several times in a row (pending changing) once. */
  kinds(): string[] {
    return this.statuses
      .map(({ kind }) => kind)
      .filter((kind, index, all) => kind !== all[index - 1]);
  }

  /** Resolves once the current status (or a later one) has `fields`. */
  reaches(fields: Partial<Record<string, unknown>> & { kind: SyncStatus['kind'] }): Promise<void> {
    const matches = (status: SyncStatus) =>
      Object.entries(fields).every(
        ([key, value]) => (status as unknown as Record<string, unknown>)[key] === value,
      );
    const current = this.statuses.at(-1);
    if (current && matches(current)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ matches, resolve }));
  }
}

interface Device {
  db: HallwayDatabase;
  config: SyncConfig;
}

async function startServer(dataDir: string, port = 0) {
  const started = await startTestServer(dataDir, { port });
  servers.push(started.server);
  return started;
}

async function pairTwoDevices(server: SyncServer) {
  const laptop = await pairDevice(server, (await server.issueOwnerPairingCode()).code, 'Laptop');
  const { body } = await callApi(server, 'POST', '/v1/pairing-codes', { token: laptop.token });
  const desktop = await pairDevice(server, String(body.code), 'Desktop');
  const spaceId = (laptop as PairedDevice & { grants: { spaceId: string }[] }).grants[0].spaceId;
  return { laptop: device(server, laptop, spaceId), desktop: device(server, desktop, spaceId) };
}

function device(server: SyncServer, paired: PairedDevice, spaceId: string): Device {
  const db = new HallwayDatabase(`sync-session-${crypto.randomUUID()}`);
  databases.push(db);
  const config: SyncConfig = {
    enabled: true,
    serverUrl: server.url,
    deviceId: paired.deviceId,
    deviceName: 'Test device',
    userId: paired.userId,
    token: paired.token,
    spaces: [{ spaceId, role: 'organizer', kind: 'personal', series: null }],
  };
  return { db, config };
}

const namesOf = (device: Device) => {
  const { spaceId } = device.config.spaces[0];
  return [
    documentName({ spaceId, table: 'people', shard: 0 }),
    documentName({ spaceId, table: 'people', shard: 1 }),
    documentName({ spaceId, table: 'topics', shard: 0 }),
  ];
};

const testTimings = {
  WebSocketPolyfill: RecordedWebSocket,
  reconnectDelayMs: 50,
  maxReconnectDelayMs: 200,
  saveDelayMs: 10,
  reportDelayMs: 0,
};

async function startSession(device: Device, names = namesOf(device)) {
  const log = new StatusLog();
  let replicator!: StandInReplicator;
  const session = await startSyncSession({
    ...testTimings,
    db: device.db,
    config: device.config,
    createReplicator: (setup) => (replicator = new StandInReplicator(setup, names)),
    onStatus: log.report,
  });
  sessions.push(session);
  const stop = async () => {
    sessions.splice(sessions.indexOf(session), 1);
    await session.stop();
  };
  return { session, log, replicator, stop };
}

function arrives(rows: Y.Map<unknown>, key: string, value: unknown): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (rows.get(key) !== value) return;
      rows.unobserve(check);
      resolve();
    };
    rows.observe(check);
    check();
  });
}

/**
 * Resolves after the status reports already asked for: the reporter's timer (delay 0 in these
 * tests) was set before this one, so it has fired. An order of timers, not a wait on time.
 */
const reportsMade = () => new Promise((resolve) => setTimeout(resolve, 0));

const portOf = (server: SyncServer) => Number(new URL(server.url).port);

describe('sync session', () => {
  it('brings an entry set on one device to the other and reports being up to date', async () => {
    const { server } = await startServer(await newDataDir());
    const { laptop, desktop } = await pairTwoDevices(server);
    const a = await startSession(laptop);
    const b = await startSession(desktop);
    const [name] = namesOf(laptop);

    a.replicator.rows(name).set('p1', 'Ada');
    await arrives(b.replicator.rows(name), 'p1', 'Ada');
    await a.log.reaches({ kind: 'upToDate' });

    expect(a.log.kinds()[0]).toBe('connecting');
    expect(a.log.kinds()).toContain('syncing');
  });

  it('keeps edits made offline and sends them at reconnection', async () => {
    const dataDir = await newDataDir();
    const first = await startServer(dataDir);
    const { laptop, desktop } = await pairTwoDevices(first.server);
    const a = await startSession(laptop);
    const b = await startSession(desktop);
    await a.log.reaches({ kind: 'upToDate' });
    const [, name] = namesOf(laptop);

    // The server's process ends: its connections end with it (an in-process close leaves them).
    await first.server.close();
    servers.splice(0);
    for (const socket of sockets) socket.terminate();
    await a.log.reaches({ kind: 'offline', pending: 0 });
    a.replicator.rows(name).set('p2', 'Grace');
    await a.log.reaches({ kind: 'offline', pending: 1 });

    await startServer(dataDir, portOf(first.server));
    await arrives(b.replicator.rows(name), 'p2', 'Grace');
    await a.log.reaches({ kind: 'upToDate' });
    const kinds = a.log.kinds();
    expect(kinds.slice(kinds.lastIndexOf('offline'))).toEqual(['offline', 'syncing', 'upToDate']);
  });

  it('stops with the reason when the device is revoked, keeping its documents', async () => {
    const { server } = await startServer(await newDataDir());
    const { laptop, desktop } = await pairTwoDevices(server);
    const a = await startSession(laptop);
    await a.log.reaches({ kind: 'upToDate' });
    const [name] = namesOf(laptop);
    a.replicator.rows(name).set('p3', 'Kept');

    const revoked = await callApi(server, 'DELETE', `/v1/devices/${laptop.config.deviceId}`, {
      token: desktop.config.token,
    });
    expect(revoked.status).toBe(204);

    await a.log.reaches({ kind: 'error', reason: 'device-revoked' });
    expect(a.replicator.rows(name).get('p3')).toBe('Kept');
    await a.stop();
    expect(await laptop.db.syncDocuments.count()).toBe(namesOf(laptop).length);
  });

  it('is up to date for a viewer whose change the server will never apply', async () => {
    const { server, logger } = await startServer(await newDataDir());
    const { laptop } = await pairTwoDevices(server);
    const created = await callApi(server, 'POST', '/v1/spaces', {
      token: laptop.config.token,
      body: { series: 'Rust Meetup' },
    });
    const spaceId = String(created.body.spaceId);
    const token = String(created.body.token);
    const invite = await callApi(server, 'POST', `/v1/spaces/${spaceId}/invites`, {
      token,
      body: { role: 'viewer' },
    });
    const redeemed = await callApi(server, 'POST', '/v1/invites/redeem', {
      body: { code: invite.body.code, deviceName: 'Viewer' },
    });
    const viewer = device(server, redeemed.body as unknown as PairedDevice, spaceId);
    const v = await startSession(viewer);
    await v.log.reaches({ kind: 'upToDate' });

    const before = v.log.statuses.length;
    v.replicator.rows(namesOf(viewer)[0]).set('s1', 'cancelled');
    await logger.waitFor({ event: 'refused', reason: 'read-only' });
    await reportsMade();
    // Still up to date: no status since (a pending change would have made it "syncing").
    expect(v.log.statuses.slice(before)).toEqual([]);
  });

  it('goes on with the other spaces when the user leaves one', async () => {
    const { server } = await startServer(await newDataDir());
    const { laptop, desktop } = await pairTwoDevices(server);
    const created = await callApi(server, 'POST', '/v1/spaces', {
      token: laptop.config.token,
      body: { series: 'Rust Meetup' },
    });
    const shared: SyncSpace = {
      spaceId: String(created.body.spaceId),
      role: 'organizer',
      kind: 'shared',
      series: 'Rust Meetup',
    };
    const token = String(created.body.token);
    const withShared = {
      ...laptop,
      config: { ...laptop.config, token, spaces: [...laptop.config.spaces, shared] },
    };
    const [personalName] = namesOf(laptop);
    const sharedName = documentName({ spaceId: shared.spaceId, table: 'events', shard: 0 });
    const a = await startSession(withShared, [personalName, sharedName]);
    const b = await startSession(desktop);
    await a.log.reaches({ kind: 'upToDate' });

    const left = await callApi(server, 'POST', `/v1/spaces/${shared.spaceId}/leave`, { token });
    expect(left.status).toBe(200);
    a.replicator.rows(sharedName).set('e1', 'Kept here');
    a.replicator.rows(personalName).set('p5', 'Still syncing');
    await arrives(b.replicator.rows(personalName), 'p5', 'Still syncing');
    await a.log.reaches({ kind: 'upToDate' });
    await reportsMade();

    expect(a.log.kinds()).not.toContain('error');
    expect(a.replicator.rows(sharedName).get('e1')).toBe('Kept here');

    // The settings without the space: the next session forgets its saved document.
    await a.stop();
    expect(await laptop.db.syncDocuments.get(sharedName)).toBeDefined();
    const again = await startSession(laptop, [personalName]);
    expect(await laptop.db.syncDocuments.get(sharedName)).toBeUndefined();
    await again.log.reaches({ kind: 'upToDate' });
  });

  it('saves the documents, so a restarted session has no first sync to make', async () => {
    const { server } = await startServer(await newDataDir());
    const { laptop, desktop } = await pairTwoDevices(server);
    const a = await startSession(laptop);
    const [name] = namesOf(laptop);
    a.replicator.rows(name).set('p4', 'Saved');
    await a.log.reaches({ kind: 'upToDate' });

    const b = await startSession(desktop);
    await arrives(b.replicator.rows(name), 'p4', 'Saved');
    await b.log.reaches({ kind: 'upToDate' });
    const firstSync = b.log.statuses.find((status) => 'firstSync' in status);
    expect(firstSync).toMatchObject({ kind: 'syncing', firstSync: { total: 3 } });
    await b.stop();
    expect(await desktop.db.syncDocuments.count()).toBe(3);

    const again = await startSession(desktop);
    expect(again.replicator.rows(name).get('p4')).toBe('Saved');
    await again.log.reaches({ kind: 'upToDate' });
    expect(again.log.statuses.some((status) => 'firstSync' in status)).toBe(false);
  });
});

async function startReplicatingSession(device: Device) {
  const log = new StatusLog();
  const session = await startSyncSession({
    ...testTimings,
    db: device.db,
    config: device.config,
    createReplicator: (setup) => new Replicator(setup),
    onStatus: log.report,
  });
  sessions.push(session);
  return { session, log };
}

/** Resolves with the person once `db` holds them with `fields`. */
function personArrives(db: HallwayDatabase, id: string, fields: Partial<Person>): Promise<Person> {
  return new Promise((resolve) => {
    const subscription = liveQuery(() => db.people.get(id)).subscribe({
      next: (person) => {
        const matches = Object.entries(fields).every(
          ([key, value]) => person?.[key as keyof Person] === value,
        );
        if (!person || !matches) return;
        subscription.unsubscribe();
        resolve(person);
      },
    });
  });
}

describe('sync session with the replicator', () => {
  it("brings a person made on one device into the other's database, and an edit back", async () => {
    const { server } = await startServer(await newDataDir());
    const { laptop, desktop } = await pairTwoDevices(server);
    const a = await startReplicatingSession(laptop);
    const b = await startReplicatingSession(desktop);

    const { id } = await createPerson(laptop.db, { displayName: 'Aoi Tanaka' });
    const arrived = await personArrives(desktop.db, id, { displayName: 'Aoi Tanaka' });
    expect(arrived.sortName).toBeTruthy();
    await updatePerson(desktop.db, id, { company: 'Acme' });
    await personArrives(laptop.db, id, { company: 'Acme' });

    await Promise.all([a.log.reaches({ kind: 'upToDate' }), b.log.reaches({ kind: 'upToDate' })]);
  });

  it('is up to date on a new device only once the rows are in its database', async () => {
    const { server } = await startServer(await newDataDir());
    const { laptop, desktop } = await pairTwoDevices(server);
    for (const name of ['Aoi', 'Bruno', 'Chen'])
      await createPerson(laptop.db, { displayName: name });
    const a = await startReplicatingSession(laptop);
    await a.log.reaches({ kind: 'upToDate' });

    const b = await startReplicatingSession(desktop);
    await b.log.reaches({ kind: 'upToDate' });

    expect(await desktop.db.people.count()).toBe(3);
    expect(b.log.statuses).toContainEqual(
      expect.objectContaining({ kind: 'syncing', firstSync: expect.anything() }),
    );
  });
});
