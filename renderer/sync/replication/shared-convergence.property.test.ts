// Convergence with a shared space, as a property: two devices of one user (personal space and a
// series' shared space) and a co-organizer (their own personal space and the same shared space)
// edit people, add shifts and trash, going offline and back at random. Once settled — which also
// shows that the two spaces on one device never bounce a row between them for ever — the user's
// devices hold the same tables, and all three agree on the roster: the series' events and shifts,
// and the roster fields of the volunteers on them.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createEvent } from '../../data/writes/events-writes';
import { createPerson, trashPerson, updatePerson } from '../../data/writes/people-writes';
import { createShift } from '../../data/writes/volunteer-shifts-writes';
import { WriteError } from '../../data/writes/write-error';
import type { SyncSpace } from '../sync-config';
import {
  closeDevices,
  PERSONAL_SPACE,
  settle,
  sharedSpace,
  TestDevice,
  TestRelay,
} from './replication-test-kit';
import { planOf } from './space-plan';

const SERIES = 'Rust Tokyo';
const roster = sharedSpace(SERIES);
const otherUser: SyncSpace = { ...PERSONAL_SPACE, spaceId: '00000000-0000-4000-8000-000000000002' };
const allowedPeopleFields = planOf(roster).allowedFields('people')!;

type Action =
  | { kind: 'create'; name: string }
  | { kind: 'edit'; pick: number; field: 'displayName' | 'notes' | 'phones'; value: string }
  | { kind: 'shift' | 'trash'; pick: number }
  | { kind: 'offline' | 'online' | 'publish' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom('Aoi', 'Bruno') }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    field: fc.constantFrom('displayName' as const, 'notes' as const, 'phones' as const),
    value: fc.constantFrom('x', 'y'),
  }),
  fc.record({ kind: fc.constantFrom('shift' as const, 'trash' as const), pick: fc.nat() }),
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
    if (step.kind === 'edit') {
      const value = step.field === 'phones' ? [step.value] : step.value;
      await updatePerson(device.db, id, { [step.field]: value });
    }
    if (step.kind === 'trash') await trashPerson(device.db, id);
    if (step.kind === 'shift') {
      const events = await device.db.events.where('series').equals(SERIES).primaryKeys();
      if (events.length === 0) return;
      const eventId = (events as string[]).sort()[step.pick % events.length];
      await createShift(device.db, { eventId, personId: id, startsAt: 1, endsAt: 2 });
    }
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
  }
}

/** The roster as every member sees it: events, shifts, and the volunteers' roster fields. */
async function rosterOf(device: TestDevice) {
  const events = await device.db.events.where('series').equals(SERIES).toArray();
  const eventIds = events.map((event) => event.id);
  const shifts = await device.db.volunteerShifts.where('eventId').anyOf(eventIds).toArray();
  const people = await device.db.people.bulkGet(shifts.map((shift) => shift.personId));
  const rosterFields = (person: object | undefined) =>
    person &&
    Object.fromEntries(Object.entries(person).filter(([field]) => allowedPeopleFields.has(field)));
  const byId = <T extends { id: string }>(rows: T[]) =>
    rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    events: byId(events).map(({ name, startsAt, deletedAt, id }) => ({
      id,
      name,
      startsAt,
      deletedAt,
    })),
    shifts: byId(shifts),
    people: people.map(rosterFields).sort((a, b) => String(a?.id).localeCompare(String(b?.id))),
  };
}

const devices: TestDevice[] = [];
afterEach(async () => closeDevices(devices.splice(0)));

describe('replication with a shared space', () => {
  it("converges: the user's devices on everything, every member on the roster", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: 2 }), action), { minLength: 1, maxLength: 25 }),
        async (script) => {
          const relay = new TestRelay();
          const all = [
            new TestDevice(relay, 'desktop', [PERSONAL_SPACE, roster]),
            new TestDevice(relay, 'laptop', [PERSONAL_SPACE, roster]),
            new TestDevice(relay, 'co-organizer', [otherUser, roster]),
          ];
          devices.push(...all);
          await createEvent(all[0].db, { name: 'Rust Tokyo #1', series: SERIES, startsAt: 1 });
          for (const device of all) await device.replicator.start();
          for (const [which, step] of script) await perform(all[which], step);
          for (const device of all) device.goOnline();
          await settle(all);
          expect(await all[1].sourceTables()).toEqual(await all[0].sourceTables());
          const [first, ...others] = await Promise.all(all.map(rosterOf));
          for (const seen of others) expect(seen).toEqual(first);
          await closeDevices(devices.splice(0));
        },
      ),
      {
        numRuns: 20,
        examples: [
          // A name edited on the laptop while the desktop put that person on a shift: the two
          // spaces once picked different winners and copied them into each other for ever.
          [
            [
              [0, { kind: 'create', name: 'Aoi' }],
              [0, { kind: 'publish' }],
              [0, { kind: 'shift', pick: 0 }],
              [1, { kind: 'edit', pick: 0, field: 'displayName', value: 'x' }],
            ],
          ],
        ],
      },
    );
  }, 240_000);
});
