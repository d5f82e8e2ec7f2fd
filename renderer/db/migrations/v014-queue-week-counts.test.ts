import { afterEach, describe, expect, it } from 'vitest';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const DAY = 86_400_000;
const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('v014: the Today queues counted by week', () => {
  it('counts what the queues of version 13 hold', async () => {
    const db = await upgradeTo({
      name: `v014-queue-week-counts-${crypto.randomUUID()}`,
      version: 14,
      writeBefore: async (previous) => {
        // The due contacts as version 13 kept them.
        await previous.contactDueByDate.bulkAdd([
          { personId: 'ada', dueAt: 5 + 14 * DAY },
          { personId: 'ben', dueAt: 9 + 14 * DAY },
          { personId: 'cy', dueAt: 1 + 21 * DAY },
        ]);
      },
    });
    opened.push(db);
    expect(await db.queueWeekCounts.toArray()).toEqual([
      { queue: 'contactDueByDate', week: 2, count: 2 },
      { queue: 'contactDueByDate', week: 3, count: 1 },
    ]);
  });
});
