// The renderer's API client (renderer/sync/sync-api-client.ts) against a real server over
// loopback: every call it makes is one the server answers, in the shape the client checks, and
// refusals and an unreachable server come back as the client's two kinds of failure.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSyncApiClient,
  SyncApiRefusal,
  SyncApiUnreachable,
} from '../../../renderer/sync/sync-api-client';
import { newDataDir, startTestServer } from '../../testing/sync-test-kit';
import type { SyncServer } from '../sync-server';

const servers: SyncServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function started() {
  const { server, logger } = await startTestServer(await newDataDir());
  servers.push(server);
  return { server, logger, api: createSyncApiClient(server.httpUrl) };
}

describe('the sync API client against the server', () => {
  it('pairs, shares a series, invites, joins, lists members, removes one and leaves', async () => {
    const { server, api } = await started();
    const laptop = await api.pair({
      code: (await server.issueOwnerPairingCode()).code,
      deviceName: 'Laptop',
    });
    expect(laptop.spaces).toEqual([
      { spaceId: laptop.personalSpaceId, role: 'organizer', kind: 'personal', series: null },
    ]);
    const { code } = await api.issuePairingCode(laptop.token);
    const desktop = await api.pair({ code, deviceName: 'Desktop' });
    expect((await api.listDevices(laptop.token)).map(({ name }) => name)).toEqual([
      'Laptop',
      'Desktop',
    ]);
    await api.revokeDevice(laptop.token, desktop.deviceId);
    expect((await api.listDevices(laptop.token)).map(({ revoked }) => revoked)).toEqual([
      false,
      true,
    ]);

    const created = await api.createSpace(laptop.token, 'Book club');
    const owner = await api.refreshToken(created.token);
    expect(owner.spaces.map(({ series }) => series)).toEqual([null, 'Book club']);
    const invite = await api.createInvite(owner.token, created.spaceId, 'organizer');
    const aiko = await api.redeemInvite({ code: invite.code, deviceName: 'Aiko laptop' });
    expect(aiko).toMatchObject({
      personalSpaceId: null,
      spaces: [
        { spaceId: created.spaceId, role: 'organizer', kind: 'shared', series: 'Book club' },
      ],
    });
    const viewerInvite = await api.createInvite(aiko.token, created.spaceId, 'viewer');
    const ben = await api.redeemInvite({ code: viewerInvite.code, deviceName: 'Ben phone' });
    expect(await api.listSpaces(ben.token)).toEqual([
      { spaceId: created.spaceId, role: 'viewer', kind: 'shared', series: 'Book club' },
    ]);

    const members = await api.listMembers(ben.token, created.spaceId);
    expect(members.map(({ deviceNames }) => deviceNames)).toEqual([
      ['Laptop'],
      ['Aiko laptop'],
      ['Ben phone'],
    ]);
    await api.removeMember(aiko.token, created.spaceId, ben.userId);
    await expect(api.listMembers(ben.token, created.spaceId)).rejects.toEqual(
      new SyncApiRefusal(404, 'unknown-space'),
    );
    const left = await api.leaveSpace(aiko.token, created.spaceId);
    expect((await api.refreshToken(left.token)).spaces).toEqual([]);
  });

  it("carries the server's reason for a refusal, and tells an unreachable server apart", async () => {
    const { server, api, logger } = await started();
    const refusal = await api.pair({ code: '0000-0000', deviceName: 'Guess' }).catch((e) => e);
    expect(refusal).toBeInstanceOf(SyncApiRefusal);
    expect(refusal).toMatchObject({ status: 403, reason: 'unknown-code' });
    await expect(api.listDevices('hw1.forged.token')).rejects.toMatchObject({
      reason: 'bad-token',
    });
    expect(logger.refusals()).toEqual(['unknown-code', 'bad-token']);

    const origin = server.httpUrl;
    await servers.pop()!.close();
    const unreachable = await createSyncApiClient(origin)
      .pair({ code: 'ABCD-EFGH', deviceName: 'Laptop' })
      .catch((e) => e);
    expect(unreachable).toBeInstanceOf(SyncApiUnreachable);
    expect(unreachable.message).toBe(`Cannot reach the sync server at ${origin}`);
  });
});
