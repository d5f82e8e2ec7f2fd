import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('v014: the Today queues counted by week', () => {
  it('counts what the queues of version 13 hold, then keeps counting', async () => {
    const db = await upgradeTo({
      name: `v014-queue-week-counts-${crypto.randomUUID()}`,
      version: 14,
      writeBefore: async (previous) => {
        await previous.people.bulkAdd([
          personFixture({ id: 'ada', keepInTouchDays: 14, lastContactAt: 5 }),
          personFixture({ id: 'ben', keepInTouchDays: 14, lastContactAt: 9 }),
          personFixture({ id: 'cy', keepInTouchDays: 21, lastContactAt: 0 }),
        ]);
      },
    });
    opened.push(db);
    expect(await db.queueWeekCounts.toArray()).toEqual([
      { queue: 'contactDueByDate', week: 2, count: 2 },
      { queue: 'contactDueByDate', week: 3, count: 1 },
    ]);
    await db.people.update('ada', { keepInTouchDays: 21 });
    expect(await db.queueWeekCounts.toArray()).toEqual([
      { queue: 'contactDueByDate', week: 2, count: 1 },
      { queue: 'contactDueByDate', week: 3, count: 2 },
    ]);
  });
});
