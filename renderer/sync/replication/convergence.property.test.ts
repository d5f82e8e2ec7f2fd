// Convergence, as a property: whatever the devices do (edits of the same and of different fields,
// new people, trash, restore, purge, meetings) and in whatever order their updates travel (each
// device going offline and back at random moments), once every device is online and settled all
// devices hold the same source tables, row by row.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { logInteraction } from '../../data/writes/interactions-writes';
import {
  createPerson,
  purgePerson,
  restorePerson,
  trashPerson,
  updatePerson,
} from '../../data/writes/people-writes';
import { WriteError } from '../../data/writes/write-error';
import { closeDevices, settle, TestDevice, TestRelay } from './replication-test-kit';

type Action =
  | { kind: 'create'; name: string }
  | { kind: 'edit'; pick: number; field: 'company' | 'notes' | 'displayName'; value: string }
  | { kind: 'trash' | 'restore' | 'purge' | 'meet'; pick: number }
  | { kind: 'offline' | 'online' | 'publish' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom('Aoi', 'Bruno') }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    field: fc.constantFrom('company' as const, 'notes' as const, 'displayName' as const),
    value: fc.constantFrom('x', 'y', 'z'),
  }),
  fc.record({
    kind: fc.constantFrom('trash' as const, 'restore' as const, 'purge' as const, 'meet' as const),
    pick: fc.nat(),
  }),
  fc.record({ kind: fc.constantFrom('offline' as const, 'online' as const, 'publish' as const) }),
);

async function perform(device: TestDevice, step: Action): Promise<void> {
  if (step.kind === 'create') {
    await createPerson(device.db, { displayName: step.name });
    return;
  }
  if (!('pick' in step)) {
    if (step.kind === 'offline') return device.goOffline();
    if (step.kind === 'online') return device.goOnline();
    return device.replicator.publish();
  }
  const ids = ((await device.db.people.toCollection().primaryKeys()) as string[]).sort();
  if (ids.length === 0) return;
  const id = ids[step.pick % ids.length];
  try {
    if (step.kind === 'edit') await updatePerson(device.db, id, { [step.field]: step.value });
    if (step.kind === 'trash') await trashPerson(device.db, id);
    if (step.kind === 'restore') await restorePerson(device.db, id);
    if (step.kind === 'purge') await purgePerson(device.db, id);
    if (step.kind === 'meet') await logInteraction(device.db, { personId: id, at: 5, kind: 'met' });
  } catch (error) {
    // Refused locally (purging someone not in the trash…): a user would see the same refusal.
    if (!(error instanceof WriteError)) throw error;
  }
}

const devices: TestDevice[] = [];
afterEach(async () => closeDevices(devices.splice(0)));

describe('replication', () => {
  it('converges to the same source tables on every device, whatever was done in whatever order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.tuple(fc.nat({ max: 2 }), action), { minLength: 1, maxLength: 25 }),
        async (count, script) => {
          const relay = new TestRelay();
          const all = Array.from(
            { length: count },
            (_, index) => new TestDevice(relay, `d${index}`),
          );
          devices.push(...all);
          for (const device of all) await device.replicator.start();
          for (const [which, step] of script) await perform(all[which % count], step);
          for (const device of all) device.goOnline();
          await settle(all);
          const [first, ...others] = await Promise.all(all.map((device) => device.sourceTables()));
          for (const tables of others) expect(tables).toEqual(first);
          await closeDevices(devices.splice(0));
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
