// Devices for the replication tests: each its own fake-indexeddb database, its own Y.Docs and a
// Replicator, joined through an in-memory relay standing in for the server (a Y.Doc per document
// name). A device can go offline (its updates stay in its own documents) and come back (the relay
// and the device exchange what the other lacks, as Yjs' sync step does). `settle` runs every
// device's queue until no document changes any more: convergence is then checked on the tables.
import * as Y from 'yjs';
import { HallwayDatabase } from '../../db/database';
import { SOURCE_TABLES } from '../../data/source-tables';
import type { SyncSpace } from '../sync-config';
import { Replicator } from './replicator';

const RELAY = Symbol('relay');

export const PERSONAL_SPACE: SyncSpace = {
  spaceId: '00000000-0000-4000-8000-000000000001',
  role: 'organizer',
  kind: 'personal',
  series: null,
};

export const sharedSpace = (series: string): SyncSpace => ({
  spaceId: '00000000-0000-4000-8000-0000000000a1',
  role: 'organizer',
  kind: 'shared',
  series,
});

export class TestRelay {
  readonly documents = new Map<string, Y.Doc>();
  readonly devices: TestDevice[] = [];
  /** Counts every update that reached the relay or a device from it. */
  traffic = 0;

  document(name: string): Y.Doc {
    let doc = this.documents.get(name);
    if (!doc) {
      doc = new Y.Doc();
      this.documents.set(name, doc);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        for (const device of this.devices) {
          if (device.online && origin !== device) device.receive(name, update);
        }
      });
    }
    return doc;
  }

  send(device: TestDevice, name: string, update: Uint8Array): void {
    this.traffic += 1;
    Y.applyUpdate(this.document(name), update, device);
  }
}

export class TestDevice {
  readonly db: HallwayDatabase;
  readonly docs = new Map<string, Y.Doc>();
  replicator: Replicator;
  online = true;

  constructor(
    readonly relay: TestRelay,
    readonly deviceId: string,
    readonly spaces: SyncSpace[] = [PERSONAL_SPACE],
  ) {
    this.db = new HallwayDatabase(`replication-${deviceId}-${crypto.randomUUID()}`);
    this.replicator = this.newReplicator();
    relay.devices.push(this);
  }

  newReplicator(): Replicator {
    return new Replicator({
      db: this.db,
      deviceId: this.deviceId,
      spaces: this.spaces,
      documentFor: (name) => this.documentFor(name),
      onError: (error) => {
        throw error;
      },
    });
  }

  documentFor(name: string): Y.Doc {
    let doc = this.docs.get(name);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(name, doc);
      const relayDoc = this.relay.document(name);
      if (this.online) Y.applyUpdate(doc, Y.encodeStateAsUpdate(relayDoc), RELAY);
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (this.online && origin !== RELAY) this.relay.send(this, name, update);
      });
    }
    return doc;
  }

  receive(name: string, update: Uint8Array): void {
    const doc = this.docs.get(name);
    if (!doc) return;
    this.relay.traffic += 1;
    Y.applyUpdate(doc, update, RELAY);
  }

  goOffline(): void {
    this.online = false;
  }

  /** Reconnects: each side sends what the other's state vector lacks. */
  goOnline(): void {
    this.online = true;
    for (const [name, doc] of this.docs) {
      const relayDoc = this.relay.document(name);
      const toRelay = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(relayDoc));
      const toDevice = Y.encodeStateAsUpdate(relayDoc, Y.encodeStateVector(doc));
      this.relay.send(this, name, toRelay);
      this.receive(name, toDevice);
    }
  }

  /** Every source table's rows, by key, as stored (for comparing devices). */
  async sourceTables(): Promise<Record<string, unknown[]>> {
    const tables: Record<string, unknown[]> = {};
    for (const table of SOURCE_TABLES) tables[table] = await this.db.table(table).toArray();
    return tables;
  }
}

/** Runs every device's queue until no update moves any more. */
export async function settle(devices: readonly TestDevice[]): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    const before = devices[0].relay.traffic;
    for (const device of devices) await device.replicator.publish();
    if (devices[0].relay.traffic === before) {
      for (const device of devices) await device.replicator.publish();
      if (devices[0].relay.traffic === before) return;
    }
  }
  throw new Error('The devices did not settle.');
}

export async function closeDevices(devices: readonly TestDevice[]): Promise<void> {
  for (const device of devices) {
    device.replicator.stop();
    await device.db.delete();
  }
}
