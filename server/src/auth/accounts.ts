// Who holds what, kept in the data folder: users with their grants and paired devices
// (accounts.json), and the revocation list (revocations.json), both written atomically on every
// change and checked from memory on every connection. The first start makes the owner: a user with
// a personal space, whose devices the printed pairing code pairs. A shared space's event series is
// kept by space (`spaces`, absent in files written before it), so every member lists it.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StateStorage, StateValues } from '../storage/state-storage';
import { grantSchema, withGrant, type Grant } from './grants';

/** The values the accounts keep in their storage (files accounts.json and revocations.json). */
const STATE_NAMES = ['accounts', 'revocations'];

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
  /** Reloads and changes, one at a time: a reload never brings back a state older than a change. */
  private turns: Promise<unknown> = Promise.resolve();
  private accounts: AccountsFile = { owner: null, users: {} };
  private revocations: RevocationsFile = { devices: [] };
  private revoked = new Set<string>();

  private constructor(
    private readonly storage: StateStorage,
    private readonly now: () => number,
  ) {}

  /**
   * Reads the accounts from the storage: the data folder's accounts.json and revocations.json, or
   * PostgreSQL shared by several server processes. Every change is made to the latest stored state,
   * alone (StateStorage.update); another process' changes arrive by `reload`.
   */
  static async open(storage: StateStorage, now: () => number): Promise<Accounts> {
    const accounts = new Accounts(storage, now);
    await accounts.reload();
    return accounts;
  }

  /** Reads the stored state again (another process changed it, or a grant looked missing). */
  reload(): Promise<void> {
    return this.inTurn(async () => this.adopt(await this.storage.read(STATE_NAMES)));
  }

  async ensureOwner(): Promise<Owner> {
    return this.change(() => {
      if (!this.accounts.owner) {
        const personalSpaceId = randomUUID();
        const userId = this.newUser([{ spaceId: personalSpaceId, role: 'organizer' }]);
        this.accounts.owner = { userId, personalSpaceId };
      }
      return this.accounts.owner;
    });
  }

  async createUser(grants: Grant[]): Promise<string> {
    return this.change(() => this.newUser(grants));
  }

  grantsOf(userId: string): Grant[] {
    return this.accounts.users[userId]?.grants ?? [];
  }

  /** The grant the user still holds in the space (a token is honoured only while it is). */
  grantIn(userId: string, spaceId: string): Grant | undefined {
    return this.grantsOf(userId).find((grant) => grant.spaceId === spaceId);
  }

  async addGrant(userId: string, grant: Grant): Promise<Grant[]> {
    return this.change(() => {
      const user = this.userOf(userId);
      user.grants = withGrant(user.grants, grant);
      return user.grants;
    });
  }

  /** Takes the user's grant in the space away: their tokens no longer open its documents. */
  async removeGrant(userId: string, spaceId: string): Promise<Grant[]> {
    return this.change(() => {
      const user = this.userOf(userId);
      user.grants = user.grants.filter((grant) => grant.spaceId !== spaceId);
      return user.grants;
    });
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
    await this.change(() => {
      this.accounts.spaces = { ...this.accounts.spaces, [spaceId]: { series } };
    });
  }

  async addDevice(userId: string, name: string): Promise<DeviceRecord> {
    return this.change(() => {
      const device = { deviceId: randomUUID(), name, pairedAt: this.now() };
      this.userOf(userId).devices.push(device);
      return device;
    });
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
    return this.change(() => {
      const owns = this.accounts.users[userId]?.devices.some(
        (device) => device.deviceId === deviceId,
      );
      if (!owns) return false;
      if (this.revoked.has(deviceId)) return true;
      this.revoked.add(deviceId);
      this.revocations.devices.push({ deviceId, revokedAt: this.now() });
      return true;
    });
  }

  private newUser(grants: Grant[]): string {
    const userId = randomUUID();
    this.accounts.users[userId] = { grants, devices: [] };
    return userId;
  }

  private userOf(userId: string) {
    const user = this.accounts.users[userId];
    if (!user) throw new Error(`No user ${userId}`);
    return user;
  }

  private adopt(values: StateValues): void {
    this.accounts = accountsSchema.parse(values.accounts ?? { owner: null, users: {} });
    this.revocations = revocationsSchema.parse(values.revocations ?? { devices: [] });
    this.revoked = new Set(this.revocations.devices.map(({ deviceId }) => deviceId));
  }

  /**
   * Applies `mutate` (which changes this.accounts / this.revocations) to the latest stored state and
   * saves the result. If saving fails, the stored state is read back, so memory never holds a change
   * that was not saved.
   */
  private change<T>(mutate: () => T): Promise<T> {
    return this.inTurn(async () => {
      let result!: T;
      try {
        await this.storage.update(STATE_NAMES, (values) => {
          this.adopt(values);
          result = mutate();
          return { accounts: this.accounts, revocations: this.revocations };
        });
      } catch (error) {
        await this.storage.read(STATE_NAMES).then(
          (values) => this.adopt(values),
          () => undefined,
        );
        throw error;
      }
      return result;
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.turns.then(work);
    this.turns = turn.catch(() => undefined);
    return turn;
  }
}
