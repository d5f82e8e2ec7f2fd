// Who holds what, kept in the data folder: users with their grants and paired devices
// (accounts.json), and the revocation list (revocations.json), both written atomically on every
// change and checked from memory on every connection. The first start makes the owner: a user with
// a personal space, whose devices the printed pairing code pairs. A shared space's event series is
// kept by space (`spaces`, absent in files written before it), so every member lists it.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import type { StoreFs } from '../storage/atomic-write';
import { readJsonFile, writeJsonFile } from '../storage/json-file';
import { grantSchema, withGrant, type Grant } from './grants';

const deviceSchema = z.object({ deviceId: z.uuid(), name: z.string(), pairedAt: z.number() });
export type DeviceRecord = z.infer<typeof deviceSchema>;

const accountsSchema = z.object({
  owner: z.object({ userId: z.uuid(), personalSpaceId: z.uuid() }).nullable(),
  users: z.record(
    z.string(),
    z.object({ grants: z.array(grantSchema), devices: z.array(deviceSchema) }),
  ),
  spaces: z.record(z.string(), z.object({ series: z.string().nullable() })).optional(),
});
type AccountsFile = z.infer<typeof accountsSchema>;

const revocationsSchema = z.object({
  devices: z.array(z.object({ deviceId: z.uuid(), revokedAt: z.number() })),
});
type RevocationsFile = z.infer<typeof revocationsSchema>;

/** A user holding a grant in a space, with the names of their devices not revoked. */
export interface SpaceMember {
  userId: string;
  role: Grant['role'];
  deviceNames: string[];
}

export interface Owner {
  userId: string;
  personalSpaceId: string;
}

export class Accounts {
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly fs: StoreFs,
    private readonly dataDir: string,
    private readonly now: () => number,
    private accounts: AccountsFile,
    private revocations: RevocationsFile,
    private revoked: Set<string>,
  ) {}

  static async open(fs: StoreFs, dataDir: string, now: () => number): Promise<Accounts> {
    const accounts = await readJsonFile(fs, path.join(dataDir, 'accounts.json'), accountsSchema, {
      owner: null,
      users: {},
    });
    const revocations = await readJsonFile(
      fs,
      path.join(dataDir, 'revocations.json'),
      revocationsSchema,
      { devices: [] },
    );
    const revoked = new Set(revocations.devices.map(({ deviceId }) => deviceId));
    return new Accounts(fs, dataDir, now, accounts, revocations, revoked);
  }

  async ensureOwner(): Promise<Owner> {
    if (this.accounts.owner) return this.accounts.owner;
    const personalSpaceId = randomUUID();
    const userId = await this.createUser([{ spaceId: personalSpaceId, role: 'organizer' }]);
    this.accounts.owner = { userId, personalSpaceId };
    await this.saveAccounts();
    return this.accounts.owner;
  }

  async createUser(grants: Grant[]): Promise<string> {
    const userId = randomUUID();
    this.accounts.users[userId] = { grants, devices: [] };
    await this.saveAccounts();
    return userId;
  }

  grantsOf(userId: string): Grant[] {
    return this.accounts.users[userId]?.grants ?? [];
  }

  /** The grant the user still holds in the space (a token is honoured only while it is). */
  grantIn(userId: string, spaceId: string): Grant | undefined {
    return this.grantsOf(userId).find((grant) => grant.spaceId === spaceId);
  }

  async addGrant(userId: string, grant: Grant): Promise<Grant[]> {
    const user = this.userOf(userId);
    user.grants = withGrant(user.grants, grant);
    await this.saveAccounts();
    return user.grants;
  }

  /** Takes the user's grant in the space away: their tokens no longer open its documents. */
  async removeGrant(userId: string, spaceId: string): Promise<Grant[]> {
    const user = this.userOf(userId);
    user.grants = user.grants.filter((grant) => grant.spaceId !== spaceId);
    await this.saveAccounts();
    return user.grants;
  }

  /** The users holding a grant in the space. */
  membersOf(spaceId: string): SpaceMember[] {
    return Object.entries(this.accounts.users).flatMap(([userId, user]) => {
      const grant = user.grants.find((held) => held.spaceId === spaceId);
      if (!grant) return [];
      const deviceNames = user.devices
        .filter(({ deviceId }) => !this.revoked.has(deviceId))
        .map(({ name }) => name);
      return [{ userId, role: grant.role, deviceNames }];
    });
  }

  /** The event series a shared space carries (null when none was given, or for a personal space). */
  seriesOf(spaceId: string): string | null {
    return this.accounts.spaces?.[spaceId]?.series ?? null;
  }

  async setSeries(spaceId: string, series: string | null): Promise<void> {
    this.accounts.spaces = { ...this.accounts.spaces, [spaceId]: { series } };
    await this.saveAccounts();
  }

  async addDevice(userId: string, name: string): Promise<DeviceRecord> {
    const device = { deviceId: randomUUID(), name, pairedAt: this.now() };
    this.userOf(userId).devices.push(device);
    await this.saveAccounts();
    return device;
  }

  devicesOf(userId: string): (DeviceRecord & { revoked: boolean })[] {
    return (this.accounts.users[userId]?.devices ?? []).map((device) => ({
      ...device,
      revoked: this.revoked.has(device.deviceId),
    }));
  }

  isRevoked(deviceId: string): boolean {
    return this.revoked.has(deviceId);
  }

  /** Revokes one of the user's own devices; false when the user has no such device. */
  async revokeDevice(userId: string, deviceId: string): Promise<boolean> {
    const owns = this.accounts.users[userId]?.devices.some(
      (device) => device.deviceId === deviceId,
    );
    if (!owns) return false;
    if (this.revoked.has(deviceId)) return true;
    this.revoked.add(deviceId);
    this.revocations.devices.push({ deviceId, revokedAt: this.now() });
    await this.serialise(() =>
      writeJsonFile(this.fs, path.join(this.dataDir, 'revocations.json'), this.revocations),
    );
    return true;
  }

  private userOf(userId: string) {
    const user = this.accounts.users[userId];
    if (!user) throw new Error(`No user ${userId}`);
    return user;
  }

  private saveAccounts(): Promise<void> {
    return this.serialise(() =>
      writeJsonFile(this.fs, path.join(this.dataDir, 'accounts.json'), this.accounts),
    );
  }

  /** One file write at a time, in order, each writing the state as it is when its turn comes. */
  private serialise(write: () => Promise<void>): Promise<void> {
    const turn = this.writes.then(write);
    this.writes = turn.catch(() => undefined);
    return turn;
  }
}
