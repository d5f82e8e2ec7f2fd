// The sync server end to end, over loopback: a real server on 127.0.0.1 (port 0, a fresh data
// folder) and Hocuspocus providers over `ws` as devices. Waits on events only (synced, the
// server's log, a value arriving), never on time.
import { readdir } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentName } from '../../shared/sync/document-name';
import {
  allSent,
  callApi,
  connectClient,
  disconnectClient,
  newDataDir,
  pairDevice,
  rowsHave,
  startTestServer,
  type TestClient,
} from '../testing/sync-test-kit';
import { createFileDocumentStore } from './storage/file-document-store';
import type { SyncServer } from './sync-server';

const clients: TestClient[] = [];
const servers: SyncServer[] = [];

afterEach(async () => {
  clients.splice(0).forEach(disconnectClient);
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serverIn(dataDir: string, options = {}) {
  const started = await startTestServer(dataDir, options);
  servers.push(started.server);
  return started;
}

function connect(server: SyncServer, name: string, token: string) {
  const client = connectClient(server, name, token);
  clients.push(client);
  return client;
}

async function pairOwnerDevices(server: SyncServer) {
  const laptop = await pairDevice(server, (await server.issueOwnerPairingCode()).code, 'Laptop');
  const { body } = await callApi(server, 'POST', '/v1/pairing-codes', { token: laptop.token });
  const desktop = await pairDevice(server, String(body.code), 'Desktop');
  const grants = (await callApi(server, 'POST', '/v1/token', { token: laptop.token })).body
    .grants as { spaceId: string }[];
  return { laptop, desktop, personalSpaceId: grants[0].spaceId };
}

async function storedRows(dataDir: string, name: string): Promise<Y.Map<unknown>> {
  const state = await createFileDocumentStore(path.join(dataDir, 'documents'), nodeFs).fetch(name);
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getMap('rows');
}

describe('sync server', () => {
  it('pairs two devices with one-time codes and syncs a document between them', async () => {
    const { server } = await serverIn(await newDataDir());
    const { laptop, desktop, personalSpaceId } = await pairOwnerDevices(server);
    expect(laptop.userId).toBe(desktop.userId);

    const name = documentName({ spaceId: personalSpaceId, table: 'people', shard: 0 });
    const a = connect(server, name, laptop.token);
    const b = connect(server, name, desktop.token);
    await Promise.all([a.synced, b.synced]);

    a.rows.set('p1\u0000displayName', 'Hanako Yamada');
    await rowsHave(b, 'p1\u0000displayName', 'Hanako Yamada');
    b.rows.set('p1\u0000company', 'Hallway KK');
    await rowsHave(a, 'p1\u0000company', 'Hallway KK');

    const devices = (await callApi(server, 'GET', '/v1/devices', { token: laptop.token })).body;
    expect((devices.devices as { name: string }[]).map(({ name }) => name)).toEqual([
      'Laptop',
      'Desktop',
    ]);
  });

  it('refuses a wrong, a reused and an expired pairing code, and says why in the log', async () => {
    let clock = Date.UTC(2026, 11, 7, 9);
    const { server, logger } = await serverIn(await newDataDir(), { now: () => clock });

    const code = (await server.issueOwnerPairingCode()).code;
    await pairDevice(server, code.toLowerCase().replace('-', ' '));
    const reused = await callApi(server, 'POST', '/v1/devices', {
      body: { code, deviceName: 'Second' },
    });
    expect(reused).toEqual({ status: 403, body: { error: 'unknown-code' } });

    const wrong = await callApi(server, 'POST', '/v1/devices', {
      body: { code: '0000-0000', deviceName: 'Guess' },
    });
    expect(wrong.status).toBe(403);

    const late = (await server.issueOwnerPairingCode()).code;
    clock += 10 * 60 * 1000;
    const expired = await callApi(server, 'POST', '/v1/devices', {
      body: { code: late, deviceName: 'Late' },
    });
    expect(expired).toEqual({ status: 403, body: { error: 'expired-code' } });

    const malformed = await callApi(server, 'POST', '/v1/devices', { body: { code: 42 } });
    expect(malformed).toEqual({ status: 400, body: { error: 'bad-request' } });
    expect(logger.refusals()).toEqual([
      'unknown-code',
      'unknown-code',
      'expired-code',
      'bad-request',
    ]);
  });

  it('closes a revoked device at once and refuses it at its next connection and on the API', async () => {
    const { server, logger } = await serverIn(await newDataDir());
    const { laptop, desktop, personalSpaceId } = await pairOwnerDevices(server);
    const name = documentName({ spaceId: personalSpaceId, table: 'people', shard: 1 });
    const open = connect(server, name, desktop.token);
    await open.synced;

    const revoked = await callApi(server, 'DELETE', `/v1/devices/${desktop.deviceId}`, {
      token: laptop.token,
    });
    expect(revoked.status).toBe(204);
    expect(await open.closedByServer).toBe('device-revoked');

    const again = connect(server, name, desktop.token);
    expect(await again.authenticationFailed).toBe('device-revoked');
    await logger.waitFor({ event: 'refused', reason: 'device-revoked', documentName: name });
    const api = await callApi(server, 'POST', '/v1/pairing-codes', { token: desktop.token });
    expect(api).toEqual({ status: 401, body: { error: 'device-revoked' } });
    await connect(server, name, laptop.token).synced;
  });

  it("refuses a viewer's writes (not merged, not stored, not passed on) and stores an organizer's", async () => {
    const dataDir = await newDataDir();
    const { server, logger } = await serverIn(dataDir);
    const { laptop } = await pairOwnerDevices(server);
    const space = await callApi(server, 'POST', '/v1/spaces', { token: laptop.token });
    const spaceId = String(space.body.spaceId);
    const organizerToken = String(space.body.token);

    const inviteAs = async (role: string) =>
      String(
        (
          await callApi(server, 'POST', `/v1/spaces/${spaceId}/invites`, {
            token: organizerToken,
            body: { role },
          })
        ).body.code,
      );
    const redeem = async (code: string) =>
      String((await callApi(server, 'POST', '/v1/invites/redeem', { body: { code } })).body.token);
    const viewerToken = await redeem(await inviteAs('viewer'));
    const coOrganizerToken = await redeem(await inviteAs('organizer'));

    const viewerInvites = await callApi(server, 'POST', `/v1/spaces/${spaceId}/invites`, {
      token: viewerToken,
      body: { role: 'organizer' },
    });
    expect(viewerInvites).toEqual({ status: 403, body: { error: 'not-organizer' } });

    const name = documentName({ spaceId, table: 'events', shard: 0 });
    const organizer = connect(server, name, organizerToken);
    const coOrganizer = connect(server, name, coOrganizerToken);
    const viewer = connect(server, name, viewerToken);
    await Promise.all([organizer.synced, coOrganizer.synced, viewer.synced]);

    viewer.rows.set('e1\u0000notes', 'Written by the viewer');
    await logger.waitFor({ event: 'refused', reason: 'read-only', documentName: name });
    organizer.rows.set('e1\u0000title', 'Tokyo Hallway #12');
    await Promise.all([
      rowsHave(coOrganizer, 'e1\u0000title', 'Tokyo Hallway #12'),
      rowsHave(viewer, 'e1\u0000title', 'Tokyo Hallway #12'),
      allSent(organizer),
    ]);
    viewer.rows.set('e1\u0000venue', 'Only on the viewer');
    await logger.waitFor({ event: 'refused', reason: 'read-only', documentName: name }, 2);
    organizer.rows.set('e1\u0000capacity', 40);
    await Promise.all([rowsHave(coOrganizer, 'e1\u0000capacity', 40), allSent(organizer)]);
    expect(coOrganizer.rows.get('e1\u0000venue')).toBeUndefined();
    expect(coOrganizer.rows.get('e1\u0000notes')).toBeUndefined();

    clients.splice(0).forEach(disconnectClient);
    await servers.pop()!.close();
    const stored = await storedRows(dataDir, name);
    expect(stored.toJSON()).toEqual({
      'e1\u0000title': 'Tokyo Hallway #12',
      'e1\u0000capacity': 40,
    });
  });

  it('lets a member leave a shared space: their connections close and their old token is refused', async () => {
    const { server } = await serverIn(await newDataDir());
    const { laptop, personalSpaceId } = await pairOwnerDevices(server);
    const space = await callApi(server, 'POST', '/v1/spaces', { token: laptop.token });
    const spaceId = String(space.body.spaceId);
    const invite = await callApi(server, 'POST', `/v1/spaces/${spaceId}/invites`, {
      token: String(space.body.token),
      body: { role: 'organizer' },
    });
    const joined = await callApi(server, 'POST', '/v1/invites/redeem', {
      body: { code: invite.body.code, deviceName: 'Co-organizer phone' },
    });
    const memberToken = String(joined.body.token);
    const spaces = await callApi(server, 'GET', '/v1/spaces', { token: memberToken });
    expect(spaces.body.spaces).toEqual([
      { spaceId, role: 'organizer', kind: 'shared', series: null },
    ]);

    const name = documentName({ spaceId, table: 'volunteerShifts', shard: 2 });
    const open = connect(server, name, memberToken);
    await open.synced;
    const left = await callApi(server, 'POST', `/v1/spaces/${spaceId}/leave`, {
      token: memberToken,
    });
    expect(left.status).toBe(200);
    expect(await open.closedByServer).toBe('grant-withdrawn');
    expect(await connect(server, name, memberToken).authenticationFailed).toBe('grant-withdrawn');

    const ownerLeaves = await callApi(server, 'POST', `/v1/spaces/${personalSpaceId}/leave`, {
      token: laptop.token,
    });
    expect(ownerLeaves).toEqual({ status: 403, body: { error: 'personal-space' } });
  });

  it("names the personal space and each shared space's series to every member, in every answer with a token", async () => {
    const dataDir = await newDataDir();
    const { server } = await serverIn(dataDir);
    const { laptop, personalSpaceId } = await pairOwnerDevices(server);
    expect(laptop.personalSpaceId).toBe(personalSpaceId);
    const space = await callApi(server, 'POST', '/v1/spaces', {
      token: laptop.token,
      body: { series: 'Tokyo Hallway' },
    });
    const spaceId = String(space.body.spaceId);
    const invite = await callApi(server, 'POST', `/v1/spaces/${spaceId}/invites`, {
      token: String(space.body.token),
      body: { role: 'viewer' },
    });
    const joined = await callApi(server, 'POST', '/v1/invites/redeem', {
      body: { code: invite.body.code, deviceName: 'Tablet' },
    });
    const shared = { spaceId, role: 'viewer', kind: 'shared', series: 'Tokyo Hallway' };
    expect(joined.body).toMatchObject({ personalSpaceId: null, spaces: [shared] });

    await servers.pop()!.close();
    const { server: restarted } = await serverIn(dataDir);
    const listed = await callApi(restarted, 'GET', '/v1/spaces', {
      token: String(space.body.token),
    });
    expect(listed.body.spaces).toEqual([
      { spaceId: personalSpaceId, role: 'organizer', kind: 'personal', series: null },
      { ...shared, role: 'organizer' },
    ]);
    const refreshed = await callApi(restarted, 'POST', '/v1/token', {
      token: String(joined.body.token),
    });
    expect(refreshed.body).toMatchObject({ personalSpaceId: null, spaces: [shared] });

    const blank = await callApi(restarted, 'POST', '/v1/spaces', {
      token: laptop.token,
      body: { series: '  ' },
    });
    expect(blank).toEqual({ status: 400, body: { error: 'bad-request' } });
  });

  it("lists a space's members to any member and lets an organizer remove one, closing their connections", async () => {
    const { server, logger } = await serverIn(await newDataDir());
    const { laptop, personalSpaceId } = await pairOwnerDevices(server);
    const space = await callApi(server, 'POST', '/v1/spaces', {
      token: laptop.token,
      body: { series: 'Book club' },
    });
    const spaceId = String(space.body.spaceId);
    const ownerToken = String(space.body.token);
    const join = async (role: string, deviceName: string) => {
      const invite = await callApi(server, 'POST', `/v1/spaces/${spaceId}/invites`, {
        token: ownerToken,
        body: { role },
      });
      const joined = await callApi(server, 'POST', '/v1/invites/redeem', {
        body: { code: invite.body.code, deviceName },
      });
      return { token: String(joined.body.token), userId: String(joined.body.userId) };
    };
    const viewer = await join('viewer', 'Viewer phone');
    const coOrganizer = await join('organizer', 'Co-organizer laptop');

    const members = await callApi(server, 'GET', `/v1/spaces/${spaceId}/members`, {
      token: viewer.token,
    });
    expect(members.body.members).toEqual([
      { userId: laptop.userId, role: 'organizer', deviceNames: ['Laptop', 'Desktop'] },
      { userId: viewer.userId, role: 'viewer', deviceNames: ['Viewer phone'] },
      { userId: coOrganizer.userId, role: 'organizer', deviceNames: ['Co-organizer laptop'] },
    ]);
    const outsider = await callApi(server, 'GET', `/v1/spaces/${personalSpaceId}/members`, {
      token: viewer.token,
    });
    expect(outsider).toEqual({ status: 404, body: { error: 'unknown-space' } });

    const byViewer = await callApi(
      server,
      'DELETE',
      `/v1/spaces/${spaceId}/members/${coOrganizer.userId}`,
      { token: viewer.token },
    );
    expect(byViewer).toEqual({ status: 403, body: { error: 'not-organizer' } });
    const ownerOut = await callApi(
      server,
      'DELETE',
      `/v1/spaces/${personalSpaceId}/members/${laptop.userId}`,
      { token: laptop.token },
    );
    expect(ownerOut).toEqual({ status: 403, body: { error: 'personal-space' } });

    const name = documentName({ spaceId, table: 'events', shard: 1 });
    const open = connect(server, name, viewer.token);
    await open.synced;
    const removed = await callApi(
      server,
      'DELETE',
      `/v1/spaces/${spaceId}/members/${viewer.userId}`,
      { token: coOrganizer.token },
    );
    expect(removed.status).toBe(204);
    expect(await open.closedByServer).toBe('grant-withdrawn');
    expect(await connect(server, name, viewer.token).authenticationFailed).toBe('grant-withdrawn');
    const again = await callApi(
      server,
      'DELETE',
      `/v1/spaces/${spaceId}/members/${viewer.userId}`,
      { token: coOrganizer.token },
    );
    expect(again).toEqual({ status: 404, body: { error: 'unknown-member' } });
    await logger.waitFor({ event: 'member-removed', spaceId, memberId: viewer.userId });
    expect(logger.refusals()).toEqual(
      expect.arrayContaining([
        'unknown-space',
        'not-organizer',
        'personal-space',
        'unknown-member',
      ]),
    );
  });

  it('keeps the documents across a restart on the same data folder', async () => {
    const dataDir = await newDataDir();
    const first = await serverIn(dataDir);
    const { laptop, desktop, personalSpaceId } = await pairOwnerDevices(first.server);
    const name = documentName({ spaceId: personalSpaceId, table: 'interactions', shard: 7 });
    const writer = connect(first.server, name, laptop.token);
    await writer.synced;
    writer.rows.set('i1\u0000summary', 'Met at the book club');
    await allSent(writer);
    clients.splice(0).forEach(disconnectClient);
    await servers.pop()!.close();

    const second = await serverIn(dataDir);
    const reader = connect(second.server, name, desktop.token);
    await reader.synced;
    expect(reader.rows.get('i1\u0000summary')).toBe('Met at the book club');
  });

  it('refuses document names that leave the space or the data folder, and bad tokens', async () => {
    const dataDir = await newDataDir();
    const { server, logger } = await serverIn(dataDir);
    const { laptop, personalSpaceId } = await pairOwnerDevices(server);
    const traversals = [
      `../../${personalSpaceId}`,
      `space:${personalSpaceId}/../../etc/passwd`,
      `space:${personalSpaceId}/people/0/../../../outside`,
      `space:../${personalSpaceId}/people/0`,
      `space:${personalSpaceId}/people/0\u0000`,
      `space:${personalSpaceId}/derivedStuff/0`,
      `space:${personalSpaceId}/people/99`,
    ];
    const reasons = await Promise.all(
      traversals.map((name) => connect(server, name, laptop.token).authenticationFailed),
    );
    expect(reasons).toEqual(traversals.map(() => 'bad-document-name'));

    const otherSpace = documentName({
      spaceId: '00000000-0000-4000-8000-000000000000',
      table: 'people',
      shard: 0,
    });
    expect(await connect(server, otherSpace, laptop.token).authenticationFailed).toBe(
      'space-not-granted',
    );
    const ownSpace = documentName({ spaceId: personalSpaceId, table: 'people', shard: 0 });
    const forged = `${laptop.token.slice(0, -4)}AAAA`;
    expect(await connect(server, ownSpace, forged).authenticationFailed).toBe('bad-token');

    expect(logger.refusals().filter((reason) => reason === 'bad-document-name')).toHaveLength(
      traversals.length,
    );
    await expect(readdir(path.join(dataDir, 'documents'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });
});
