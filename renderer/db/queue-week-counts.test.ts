import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Interaction, Introduction } from '../../shared/domain/entities';
import { introductionFixture } from '../../shared/domain/introduction-fixture';
import { personFixture } from '../../shared/domain/person-fixture';
import { weekCountChanges } from '../../shared/follow-ups/queue-week-counts';
import { HallwayDatabase } from './database';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`queue-week-counts-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** The counts as they should be: every queue's keys counted by week, in primary-key order. */
async function recounted(db: HallwayDatabase) {
  const queues = [db.contactDueByDate, db.unansweredIntroductions, db.unansweredMeetings];
  const counts = [];
  for (const queue of queues) {
    const keys = (await queue.toCollection().primaryKeys()) as [number, string][];
    const perWeek = weekCountChanges(
      [],
      keys.map(([value]) => value),
    );
    counts.push(...[...perWeek].map(([week, count]) => ({ queue: queue.name, week, count })));
  }
  return counts.sort((a, b) =>
    a.queue !== b.queue ? (a.queue < b.queue ? -1 : 1) : a.week - b.week,
  );
}

const IDS = ['a', 'b', 'c', 'd'];
const arbitraryTime = fc.integer({ min: 0, max: 12 }).map((steps) => steps * 9 * HOUR);

const arbitraryPerson = fc.record({
  id: fc.constantFrom(...IDS),
  keepInTouchDays: fc.constantFrom(null, 1, 2),
  lastContactAt: arbitraryTime,
  deletedAt: fc.constantFrom(0, 0, 5),
});

const arbitraryInteraction = fc.record({
  id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'),
  personId: fc.constantFrom(...IDS),
  at: arbitraryTime,
  kind: fc.constantFrom('met' as const, 'met' as const, 'call' as const),
  deletedAt: fc.constantFrom(0, 0, 7),
});

const arbitraryIntroduction = fc.record({
  id: fc.constantFrom('n1', 'n2', 'n3'),
  madeAt: arbitraryTime,
  outcome: fc.constantFrom('', '', 'Hired'),
  deletedAt: fc.constantFrom(0, 0, 7),
});

const interaction = (row: Pick<Interaction, 'id' | 'personId' | 'at' | 'kind' | 'deletedAt'>) => ({
  ...row,
  eventId: 'e1',
  note: '',
  createdAt: 1,
  updatedAt: 1,
});

const introduction = (row: Pick<Introduction, 'id' | 'madeAt' | 'outcome' | 'deletedAt'>) =>
  introductionFixture({ ...row, aId: 'a', bId: 'b' });

const arbitraryWrite = fc.oneof(
  fc.record({ type: fc.constant('people' as const), rows: fc.array(arbitraryPerson) }),
  // Adds of people already stored fail one by one; the others in the batch are written.
  fc.record({
    type: fc.constant('addPeople' as const),
    rows: fc.uniqueArray(arbitraryPerson, { selector: (row) => row.id }),
  }),
  fc.record({ type: fc.constant('interactions' as const), rows: fc.array(arbitraryInteraction) }),
  fc.record({
    type: fc.constant('introductions' as const),
    rows: fc.array(arbitraryIntroduction),
  }),
  // Several writes issued at once in one transaction, one row each: they change the same weeks.
  fc.record({
    type: fc.constant('atOnce' as const),
    people: fc.uniqueArray(arbitraryPerson, { selector: (row) => row.id, maxLength: 3 }),
    introductions: fc.uniqueArray(arbitraryIntroduction, {
      selector: (row) => row.id,
      maxLength: 3,
    }),
  }),
  fc.record({
    type: fc.constant('delete' as const),
    ids: fc.array(fc.constantFrom(...IDS, 'i1', 'i2', 'n1', 'n2'), { maxLength: 3 }),
  }),
  fc.constantFrom(
    { type: 'clear' as const, table: 'people' as const },
    { type: 'clear' as const, table: 'interactions' as const },
    { type: 'clear' as const, table: 'introductions' as const },
  ),
);

describe('queueWeekCounts, kept by the database', () => {
  it('equals the Today queues counted by week after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 8 }), async (writes) => {
        const db = freshDatabase();
        for (const write of writes) {
          if (write.type === 'people') {
            await db.people.bulkPut(write.rows.map((row) => personFixture(row)));
          } else if (write.type === 'addPeople') {
            await db.transaction('rw', db.people, () =>
              db.people.bulkAdd(write.rows.map((row) => personFixture(row))).catch(() => undefined),
            );
          } else if (write.type === 'interactions') {
            await db.interactions.bulkPut(write.rows.map(interaction));
          } else if (write.type === 'introductions') {
            await db.introductions.bulkPut(write.rows.map(introduction));
          } else if (write.type === 'atOnce') {
            await db.transaction('rw', db.people, db.introductions, () =>
              Promise.all([
                ...write.people.map((row) => db.people.put(personFixture(row))),
                ...write.introductions.map((row) => db.introductions.put(introduction(row))),
              ]),
            );
          } else if (write.type === 'delete') {
            await db.people.bulkDelete(write.ids);
            await db.interactions.bulkDelete(write.ids);
            await db.introductions.bulkDelete(write.ids);
          } else {
            await db[write.table].clear();
          }
          expect(await db.queueWeekCounts.toArray()).toEqual(await recounted(db));
        }
        await db.delete();
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('keeps a week count through writes issued at once in one transaction', async () => {
    const db = freshDatabase();
    await db.transaction('rw', db.people, () =>
      Promise.all(
        IDS.map((id) =>
          db.people.put(personFixture({ id, keepInTouchDays: 1, lastContactAt: WEEK + HOUR })),
        ),
      ),
    );
    expect(await db.queueWeekCounts.toArray()).toEqual([
      { queue: 'contactDueByDate', week: 1, count: 4 },
    ]);
  });
});
