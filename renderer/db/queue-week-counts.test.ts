import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Interaction } from '../../shared/domain/entities';
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

/** The counts as they should be: the queue's keys counted by week, in primary-key order. */
async function recounted(db: HallwayDatabase) {
  const keys = await db.unansweredMeetings.toCollection().primaryKeys();
  const perWeek = weekCountChanges(
    [],
    keys.map(([value]) => value),
  );
  return [...perWeek]
    .map(([week, count]) => ({ queue: 'unansweredMeetings', week, count }))
    .sort((a, b) => a.week - b.week);
}

const IDS = ['a', 'b', 'c', 'd'];
const arbitraryTime = fc.integer({ min: 0, max: 12 }).map((steps) => steps * 9 * HOUR);

const arbitraryInteraction = fc.record({
  id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5'),
  personId: fc.constantFrom(...IDS),
  at: arbitraryTime,
  kind: fc.constantFrom('met' as const, 'met' as const, 'call' as const),
  deletedAt: fc.constantFrom(0, 0, 7),
});

const interaction = (row: Pick<Interaction, 'id' | 'personId' | 'at' | 'kind' | 'deletedAt'>) => ({
  ...row,
  eventId: 'e1',
  note: '',
  createdAt: 1,
  updatedAt: 1,
});

const arbitraryWrite = fc.oneof(
  fc.record({ type: fc.constant('interactions' as const), rows: fc.array(arbitraryInteraction) }),
  fc.record({
    type: fc.constant('delete' as const),
    ids: fc.array(fc.constantFrom('i1', 'i2', 'i3'), { maxLength: 3 }),
  }),
  fc.constant({ type: 'clear' as const }),
);

describe('queueWeekCounts of unansweredMeetings, kept by the database', () => {
  it('equals the queue counted by week after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 8 }), async (writes) => {
        const db = freshDatabase();
        for (const write of writes) {
          if (write.type === 'interactions') {
            await db.interactions.bulkPut(write.rows.map(interaction));
          } else if (write.type === 'delete') {
            await db.interactions.bulkDelete(write.ids);
          } else {
            await db.interactions.clear();
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
    await db.transaction('rw', db.interactions, () =>
      Promise.all(
        IDS.map((personId, index) =>
          db.interactions.put(
            interaction({ id: `i${index}`, personId, at: WEEK + HOUR, kind: 'met', deletedAt: 0 }),
          ),
        ),
      ),
    );
    expect(await db.queueWeekCounts.toArray()).toEqual([
      { queue: 'unansweredMeetings', week: 1, count: 4 },
    ]);
  });
});
