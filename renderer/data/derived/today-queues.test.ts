// The contact-due and unanswered-introductions modules and their week counts, against their
// rebuild: whatever writes run, one after another or all asked for at once, what apply keeps is
// what a rebuild computes from the stored people and introductions.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  INTRODUCTION_STATUSES,
  type Introduction,
  type Person,
} from '../../../shared/domain/entities';
import { introductionFixture } from '../../../shared/domain/introduction-fixture';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { contactDueModule } from './contact-due';
import type { DerivedRows, SourceSnapshot } from './derived-module';
import { personFieldsModule } from './person-fields';
import { queueWeekCountsModule } from './queue-week-counts';
import { unansweredIntroductionsModule } from './unanswered-introductions';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`today-queues-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const QUEUES = ['contactDueByDate', 'unansweredIntroductions'];
type Keyed = Record<string, unknown>;
const byKey =
  (...fields: string[]) =>
  (a: Keyed, b: Keyed) => {
    for (const field of fields) {
      const [x, y] = [a[field] as number | string, b[field] as number | string];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
const sorted = (rows: readonly unknown[] | undefined, ...fields: string[]) =>
  [...((rows ?? []) as Keyed[])].sort(byKey(...fields));

/** The modules under test and the ones they follow or feed, in registry order. */
const MODULES = [
  personFieldsModule,
  contactDueModule,
  unansweredIntroductionsModule,
  queueWeekCountsModule,
];

/** The stored queues and week counts equal what the modules rebuild from the stored sources. */
async function expectAsRebuilt(db: HallwayDatabase) {
  const sources: SourceSnapshot = {
    people: await db.people.toArray(),
    interactions: [],
    introductions: await db.introductions.toArray(),
    volunteerShifts: [],
  };
  const built: DerivedRows = {};
  for (const module of MODULES) {
    const { tables = {}, people = [] } = module.rebuild(sources, built);
    // The row deriver left no person field for a rebuild to fix.
    expect(people).toEqual([]);
    Object.assign(built, tables);
  }
  expect(await db.contactDue.toArray()).toEqual(sorted(built.contactDue, 'personId'));
  expect(await db.contactDueByDate.toArray()).toEqual(
    sorted(built.contactDueByDate, 'dueAt', 'personId'),
  );
  expect(await db.unansweredIntroductions.toArray()).toEqual(
    sorted(built.unansweredIntroductions, 'at', 'id'),
  );
  const ours = (rows: readonly unknown[] | undefined) =>
    ((rows ?? []) as Keyed[]).filter((row) => QUEUES.includes(row.queue as string));
  expect(ours(await db.queueWeekCounts.toArray())).toEqual(
    sorted(ours(built.queueWeekCounts), 'queue', 'week'),
  );
}

const PEOPLE = ['a', 'b', 'c', 'd'];
const INTRODUCTIONS = ['n1', 'n2', 'n3', 'n4'];
const arbitraryTime = fc.integer({ min: 0, max: 6 }).map((steps) => steps * 4 * DAY);
const arbitraryCadence = fc.constantFrom(null, 1, 7, 7);

const arbitraryPerson = fc.record(
  {
    id: fc.constantFrom(...PEOPLE),
    keepInTouchDays: arbitraryCadence,
    lastContactAt: arbitraryTime,
    deletedAt: fc.constantFrom(0, 0, 0, 5),
    // A stale due date, as an old client might write: the deriver replaces it.
    nextContactDueAt: fc.constantFrom(0, 3 * DAY),
  },
  { requiredKeys: ['id'] },
);

const arbitraryPersonPatch = fc.record(
  {
    keepInTouchDays: fc.option(arbitraryCadence, { nil: undefined }),
    lastContactAt: fc.option(arbitraryTime, { nil: undefined }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<RowPatch<Person>>;

const arbitraryIntroductionFields = {
  aId: fc.constantFrom(...PEOPLE),
  status: fc.constantFrom(
    'made' as const,
    'made' as const,
    'made' as const,
    ...INTRODUCTION_STATUSES,
  ),
  statusDates: fc.record({ made: arbitraryTime, asked: arbitraryTime }, { requiredKeys: [] }),
  madeAt: fc.option(arbitraryTime, { nil: null }),
  outcome: fc.constantFrom('', '', ' ', 'Hired'),
  deletedAt: fc.constantFrom(0, 0, 0, 7),
};

const arbitraryIntroduction = fc.record(
  { id: fc.constantFrom(...INTRODUCTIONS), ...arbitraryIntroductionFields },
  { requiredKeys: ['id'] },
);

const arbitraryIntroductionPatch = fc.record(arbitraryIntroductionFields, {
  requiredKeys: [],
}) as fc.Arbitrary<RowPatch<Introduction>>;

const table = fc.constantFrom('people' as const, 'introductions' as const);

/** One operation of a write; an insert of a stored key fails, and with it the whole write. */
const arbitraryOperation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constantFrom('insert' as const, 'put' as const, 'put' as const),
      people: fc.uniqueArray(arbitraryPerson, { selector: (row) => row.id, maxLength: 3 }),
      introductions: fc.uniqueArray(arbitraryIntroduction, {
        selector: (row) => row.id,
        maxLength: 3,
      }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('patchPerson' as const),
      id: fc.constantFrom(...PEOPLE),
      changes: arbitraryPersonPatch,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('patchIntroduction' as const),
      id: fc.constantFrom(...INTRODUCTIONS),
      changes: arbitraryIntroductionPatch,
    }),
  },
  fc.record({
    op: fc.constantFrom('trash' as const, 'restore' as const),
    table,
    ids: fc.subarray([...PEOPLE, ...INTRODUCTIONS], { maxLength: 3 }),
  }),
  fc.record({
    op: fc.constant('remove' as const),
    table,
    ids: fc.subarray([...PEOPLE, ...INTRODUCTIONS], { maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('clear' as const), table }),
);
type Operation = typeof arbitraryOperation extends fc.Arbitrary<infer T> ? T : never;

/** Several operations in one write. */
const arbitraryWrite = fc.array(arbitraryOperation, { minLength: 1, maxLength: 4 });

async function perform(write: WriteTransaction, operation: Operation) {
  switch (operation.op) {
    case 'insert':
    case 'put':
      await write[operation.op](
        'people',
        operation.people.map((fields) => personFixture({ createdAt: DAY, ...fields })),
      );
      await write[operation.op](
        'introductions',
        operation.introductions.map((fields) => introductionFixture(fields)),
      );
      return;
    case 'patchPerson':
      await write.patch('people', operation.id, operation.changes);
      return;
    case 'patchIntroduction':
      await write.patch('introductions', operation.id, operation.changes);
      return;
    case 'trash':
    case 'restore':
      await write.patchMany(
        operation.table,
        operation.ids.map((key) => ({
          key,
          changes: { deletedAt: operation.op === 'trash' ? write.now : 0 },
        })),
      );
      return;
    case 'remove':
      await write.remove(operation.table, operation.ids);
      return;
    case 'clear':
      await write.clear(operation.table);
  }
}

/** Runs one write; a failed one (an insert of a stored key) changes nothing. */
const runRandomWrite = (db: HallwayDatabase, operations: readonly Operation[]) =>
  runWrite(db, async (write) => {
    for (const operation of operations) await perform(write, operation);
  }).catch((error: unknown) => {
    if (!(error instanceof Error && error.name === 'BulkError')) throw error;
  });

describe('the Today queues kept on write', () => {
  it('equal their rebuild after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 8 }), async (writes) => {
        const db = freshDatabase();
        for (const operations of writes) {
          await runRandomWrite(db, operations);
          await expectAsRebuilt(db);
        }
        await db.delete();
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('equal their rebuild after writes all asked for at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryWrite, { maxLength: 3 }),
        fc.array(arbitraryWrite, { minLength: 2, maxLength: 6 }),
        async (first, atOnce) => {
          const db = freshDatabase();
          for (const operations of first) await runRandomWrite(db, operations);
          await Promise.all(atOnce.map((operations) => runRandomWrite(db, operations)));
          await expectAsRebuilt(db);
          await db.delete();
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('count the rows of a week written by several writes at once', async () => {
    const db = freshDatabase();
    await Promise.all(
      PEOPLE.map((id) =>
        runWrite(db, (write) =>
          write.put('people', [personFixture({ id, keepInTouchDays: 1, createdAt: WEEK })]),
        ),
      ),
    );
    await Promise.all(
      INTRODUCTIONS.map((id) =>
        runWrite(db, (write) =>
          write.put('introductions', [introductionFixture({ id, madeAt: 2 * WEEK + DAY })]),
        ),
      ),
    );
    expect(await db.queueWeekCounts.toArray()).toEqual([
      { queue: 'contactDueByDate', week: 1, count: 4 },
      { queue: 'unansweredIntroductions', week: 2, count: 4 },
    ]);
  });
});
