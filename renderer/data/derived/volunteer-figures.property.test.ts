import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { SHIFT_STATUSES, type VolunteerShift } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';
import { storedAndRebuilt } from './volunteer-figures-recomputed';

const HOUR = 3_600_000;
// Ids over three standings buckets: ben and emil share one.
const PEOPLE = ['ada', 'ben', 'chika', 'emil'];
const EVENTS = ['march', 'april'];
const SHIFTS = ['s0', 's1', 's2', 's3', 's4', 's5'];

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const status = fc.constantFrom(...SHIFT_STATUSES);
const hours = fc.constantFrom(0, 0.5, 1.25, 3, 7.999);
const shiftFields = fc.record({
  person: fc.nat(PEOPLE.length - 1),
  event: fc.nat(EVENTS.length - 1),
  role: fc.constantFrom('reception', 'photos'),
  start: fc.integer({ min: 0, max: 40 }),
  length: fc.integer({ min: 0, max: 8 }),
  status,
  hours,
  hoursOverridden: fc.option(fc.boolean(), { nil: undefined }),
  trashed: fc.boolean(),
});
const shiftChanges = fc.record(
  {
    person: fc.nat(PEOPLE.length - 1),
    event: fc.nat(EVENTS.length - 1),
    role: fc.constantFrom('reception', 'photos', 'mc'),
    start: fc.integer({ min: 0, max: 40 }),
    end: fc.integer({ min: 0, max: 48 }),
    status,
    hours,
    hoursOverridden: fc.boolean(),
    note: fc.constantFrom('', 'brought a tripod'),
  },
  { requiredKeys: [] },
);
const shift = fc.nat(SHIFTS.length - 1);
const person = fc.nat(PEOPLE.length - 1);
const name = fc.constantFrom('Ada', 'Ada Lovelace', '山田 花子', 'ben');
const reading = fc.constantFrom('', 'やまだ はなこ');

const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 3 });
const operation = fc.oneof(
  often(fc.record({ kind: fc.constant('insert-shift' as const), shift, fields: shiftFields })),
  often(fc.record({ kind: fc.constant('put-shift' as const), shift, fields: shiftFields })),
  often(fc.record({ kind: fc.constant('patch-shift' as const), shift, changes: shiftChanges })),
  fc.record({ kind: fc.constant('trash-shift' as const), shift }),
  fc.record({ kind: fc.constant('restore-shift' as const), shift }),
  fc.record({ kind: fc.constant('remove-shift' as const), shift }),
  fc.record({ kind: fc.constant('put-person' as const), person, name, reading }),
  fc.record({ kind: fc.constant('rename' as const), person, name, reading }),
  fc.record({ kind: fc.constant('trash-person' as const), person }),
  fc.record({ kind: fc.constant('restore-person' as const), person }),
  fc.record({ kind: fc.constant('purge-person' as const), person, withShifts: fc.boolean() }),
  fc.record({
    kind: fc.constant('clear' as const),
    table: fc.constantFrom('volunteerShifts' as const, 'people' as const),
  }),
  fc.record({ kind: fc.constant('restore' as const), peopleFirst: fc.boolean() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;
type ShiftFields = typeof shiftFields extends fc.Arbitrary<infer T> ? T : never;

/** A write: one to five operations, one after the other within it. */
const writes = fc.array(fc.array(operation, { minLength: 1, maxLength: 5 }), {
  minLength: 1,
  maxLength: 8,
});

function shiftRow(id: string, fields: ShiftFields, now: number): VolunteerShift {
  const startsAt = fields.start * HOUR;
  return {
    id,
    personId: PEOPLE[fields.person],
    eventId: EVENTS[fields.event],
    role: fields.role,
    startsAt,
    endsAt: startsAt + fields.length * HOUR,
    status: fields.status,
    hours: fields.hours,
    ...(fields.hoursOverridden === undefined ? {} : { hoursOverridden: fields.hoursOverridden }),
    note: '',
    createdAt: now,
    updatedAt: now,
    deletedAt: fields.trashed ? now : 0,
  };
}

async function perform(write: WriteTransaction, op: Operation): Promise<void> {
  switch (op.kind) {
    case 'insert-shift':
      if (!(await write.get('volunteerShifts', SHIFTS[op.shift]))) {
        await write.insert('volunteerShifts', [shiftRow(SHIFTS[op.shift], op.fields, write.now)]);
      }
      return;
    case 'put-shift':
      await write.put('volunteerShifts', [shiftRow(SHIFTS[op.shift], op.fields, write.now)]);
      return;
    case 'patch-shift': {
      const { person, event, start, end, ...rest } = op.changes;
      await write.patch('volunteerShifts', SHIFTS[op.shift], {
        ...rest,
        ...(person === undefined ? {} : { personId: PEOPLE[person] }),
        ...(event === undefined ? {} : { eventId: EVENTS[event] }),
        ...(start === undefined ? {} : { startsAt: start * HOUR }),
        ...(end === undefined ? {} : { endsAt: end * HOUR }),
      });
      return;
    }
    case 'trash-shift':
    case 'restore-shift':
      await write.patch('volunteerShifts', SHIFTS[op.shift], {
        deletedAt: op.kind === 'trash-shift' ? write.now : 0,
      });
      return;
    case 'remove-shift':
      await write.remove('volunteerShifts', [SHIFTS[op.shift]]);
      return;
    case 'put-person':
      await write.put('people', [
        personFixture({ id: PEOPLE[op.person], displayName: op.name, nameReading: op.reading }),
      ]);
      return;
    case 'rename':
      await write.patch('people', PEOPLE[op.person], {
        displayName: op.name,
        nameReading: op.reading,
      });
      return;
    case 'trash-person':
    case 'restore-person':
      await write.patch('people', PEOPLE[op.person], {
        deletedAt: op.kind === 'trash-person' ? write.now : 0,
      });
      return;
    case 'purge-person': {
      const id = PEOPLE[op.person];
      if (op.withShifts) {
        const shifts = write.table('volunteerShifts').where('personId').equals(id);
        await write.remove('volunteerShifts', await shifts.primaryKeys());
      }
      await write.remove('people', [id]);
      return;
    }
    case 'clear':
      await write.clear(op.table);
      return;
    case 'restore': {
      // What a restore of a backup does: both tables emptied, then written back.
      const people = await write.table('people').toArray();
      const shifts = await write.table('volunteerShifts').toArray();
      await write.clear('people');
      await write.clear('volunteerShifts');
      if (op.peopleFirst) await write.insert('people', people);
      await write.insert('volunteerShifts', shifts);
      if (!op.peopleFirst) await write.insert('people', people);
      return;
    }
  }
}

function runOperations(db: HallwayDatabase, ops: readonly Operation[]): Promise<void> {
  return runWrite(db, async (write) => {
    for (const op of ops) await perform(write, op);
  });
}

async function startingDatabase(): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(`volunteer-figures-property-${crypto.randomUUID()}`);
  opened.push(db);
  // Three of the four people exist at first; the fourth only if a write puts them.
  await runWrite(db, (write) =>
    write.insert(
      'people',
      PEOPLE.slice(0, 3).map((id) => personFixture({ id, displayName: id })),
    ),
  );
  return db;
}

// The stored records hold no clock-dependent field (reliability is derived when read), so the
// comparison needs no fixed `now`; the rows' deletedAt only matters as live or not.
describe('volunteer figures module, after any writes', () => {
  it('stores what a rebuild computes from the stored shifts and people', async () => {
    await fc.assert(
      fc.asyncProperty(writes, async (all) => {
        const db = await startingDatabase();
        for (const ops of all) await runOperations(db, ops);
        const { stored, rebuilt } = await storedAndRebuilt(db);
        expect(stored).toEqual(rebuilt);
        await db.delete();
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('stores what a rebuild computes when the writes are issued all at once', async () => {
    await fc.assert(
      fc.asyncProperty(writes, async (all) => {
        const db = await startingDatabase();
        await Promise.all(all.map((ops) => runOperations(db, ops)));
        const { stored, rebuilt } = await storedAndRebuilt(db);
        expect(stored).toEqual(rebuilt);
        await db.delete();
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
