// The accounts over a state storage that two server processes share (here two Accounts over one
// file storage, as two processes over one PostgreSQL database): a change made through one is made
// to the latest stored state, so neither loses the other's, and the other sees it once it reloads.
import * as nodeFs from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStateStorage } from '../storage/file-state-storage';
import type { StateStorage } from '../storage/state-storage';
import { Accounts } from './accounts';

const newStorage = async () =>
  createFileStateStorage(await mkdtemp(path.join(tmpdir(), 'hallway-accounts-')), nodeFs);
const now = () => 1_000;

describe('accounts over a shared storage', () => {
  it('makes one owner, whichever process starts first', async () => {
    const storage = await newStorage();
    const [one, two] = await Promise.all([
      Accounts.open(storage, now),
      Accounts.open(storage, now),
    ]);
    const [ownerOne, ownerTwo] = await Promise.all([one.ensureOwner(), two.ensureOwner()]);
    expect(ownerTwo).toEqual(ownerOne);
    expect(one.grantsOf(ownerOne.userId)).toEqual([
      { spaceId: ownerOne.personalSpaceId, role: 'organizer' },
    ]);
  });

  it("keeps both processes' changes, and shows each to the other once it reloads", async () => {
    const storage = await newStorage();
    const one = await Accounts.open(storage, now);
    const { userId } = await one.ensureOwner();
    const two = await Accounts.open(storage, now);

    const laptop = await one.addDevice(userId, 'Laptop');
    // Process 2 has not reloaded: it still adds its device to the state process 1 saved.
    const desktop = await two.addDevice(userId, 'Desktop');
    expect(two.devicesOf(userId).map(({ name }) => name)).toEqual(['Laptop', 'Desktop']);

    expect(one.devicesOf(userId)).toHaveLength(1);
    await two.revokeDevice(userId, laptop.deviceId);
    expect(one.isRevoked(laptop.deviceId)).toBe(false);
    await one.reload();
    expect(one.isRevoked(laptop.deviceId)).toBe(true);
    expect(one.devicesOf(userId).map(({ deviceId }) => deviceId)).toEqual([
      laptop.deviceId,
      desktop.deviceId,
    ]);
  });

  it('keeps in memory only what was saved when a save fails', async () => {
    const files = await newStorage();
    let failing = false;
    const storage: StateStorage = {
      ...files,
      update: (names, change) =>
        files.update(names, (values) => {
          const next = change(values);
          if (failing) throw new Error('disk full');
          return next;
        }),
    };
    const accounts = await Accounts.open(storage, now);
    const { userId, personalSpaceId } = await accounts.ensureOwner();
    failing = true;
    await expect(accounts.removeGrant(userId, personalSpaceId)).rejects.toThrow('disk full');
    expect(accounts.grantIn(userId, personalSpaceId)).toEqual({
      spaceId: personalSpaceId,
      role: 'organizer',
    });
  });
});
