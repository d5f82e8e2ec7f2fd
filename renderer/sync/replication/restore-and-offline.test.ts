import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { logInteraction } from '../../data/writes/interactions-writes';
import {
  compactChanges,
  latestChangeSeq,
  readReaderPosition,
  setReaderPosition,
} from '../../data/change-feed';
import { forgetSyncReader, SYNC_READER } from '../../data/sync-replication-state';
import {
  createPerson,
  purgePerson,
  trashPerson,
  updatePerson,
} from '../../data/writes/people-writes';
import { replaceAllSources } from '../../data/writes/restore-writes';
import { closeDevices, settle, TestDevice, TestRelay } from './replication-test-kit';

const devices: TestDevice[] = [];
afterEach(async () => closeDevices(devices.splice(0)));

async function twoDevices() {
  const relay = new TestRelay();
  const pair = [new TestDevice(relay, 'a'), new TestDevice(relay, 'b')];
  devices.push(...pair);
  for (const device of pair) await device.replicator.start();
  return pair;
}

async function expectSameSources(a: TestDevice, b: TestDevice) {
  expect(await b.sourceTables()).toEqual(await a.sourceTables());
}

describe('restoring a backup on a synced device', () => {
  it('publishes the restored tables whole: changed rows, new rows, and rows it no longer has', async () => {
    const [a, b] = await twoDevices();
    const kept = await createPerson(a.db, { displayName: 'Kept' });
    const dropped = await createPerson(a.db, { displayName: 'Not in the backup' });
    await settle([a, b]);
    const added = personFixture({ id: 'from-backup', displayName: 'From the backup' });
    await replaceAllSources(a.db, new Map([['people', [{ ...kept, company: 'Restored' }, added]]]));
    await settle([a, b]);
    expect(await b.db.people.get(kept.id)).toMatchObject({ company: 'Restored' });
    expect(await b.db.people.get(added.id)).toMatchObject({ displayName: 'From the backup' });
    expect(await b.db.people.get(dropped.id)).toBeUndefined();
    await expectSameSources(a, b);
  });
});

describe('a change feed compacted past what sync had read', () => {
  it('publishes every table whole, with tombstones for rows gone meanwhile', async () => {
    const [a, b] = await twoDevices();
    const gone = await createPerson(a.db, { displayName: 'Gone' });
    await settle([a, b]);
    a.replicator.stop();
    const position = await readReaderPosition(a.db, SYNC_READER);
    const edited = await createPerson(a.db, { displayName: 'Made while sync was stopped' });
    await trashPerson(a.db, gone.id);
    await purgePerson(a.db, gone.id);
    // Another reader far ahead, sync's position forgotten: compaction drops everything.
    await forgetSyncReader(a.db);
    await setReaderPosition(a.db, 'other', await latestChangeSeq(a.db));
    await compactChanges(a.db, 0);
    await setReaderPosition(a.db, SYNC_READER, position!);
    a.replicator = a.newReplicator();
    await a.replicator.start();
    await settle([a, b]);
    expect(await b.db.people.get(edited.id)).toBeDefined();
    expect(await b.db.people.get(gone.id)).toBeUndefined();
    await expectSameSources(a, b);
  });
});

describe('two devices offline', () => {
  it('converge row by row once they exchange what each did while disconnected', async () => {
    const [a, b] = await twoDevices();
    const people = [];
    for (let index = 0; index < 20; index += 1) {
      people.push(await createPerson(a.db, { displayName: `Person ${index}` }));
    }
    await settle([a, b]);
    a.goOffline();
    b.goOffline();
    for (const [index, person] of people.entries()) {
      await updatePerson(a.db, person.id, { company: `A ${index}`, role: 'from A' });
      if (index % 2 === 0) await updatePerson(b.db, person.id, { company: `B ${index}` });
      if (index % 3 === 0) await updatePerson(b.db, person.id, { notes: `note ${index}` });
      if (index % 5 === 0) await trashPerson(b.db, person.id);
      await logInteraction(index % 2 ? a.db : b.db, {
        personId: person.id,
        at: index,
        kind: 'call',
      });
    }
    await createPerson(b.db, { displayName: 'Made on B offline' });
    await a.replicator.publish();
    await b.replicator.publish();
    a.goOnline();
    b.goOnline();
    await settle([a, b]);
    await expectSameSources(a, b);
    expect(await a.db.interactions.count()).toBe(20);
    expect(await a.db.people.count()).toBe(21);
    const first = await a.db.people.get(people[0].id);
    expect(first).toMatchObject({ role: 'from A', notes: 'note 0' });
    expect(first?.deletedAt).not.toBe(0);
  });
});
