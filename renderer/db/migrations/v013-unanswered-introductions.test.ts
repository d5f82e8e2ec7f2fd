import { afterEach, describe, expect, it } from 'vitest';
import { introductionFixture } from '../../../shared/domain/introduction-fixture';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const introduction = (fields: Parameters<typeof introductionFixture>[0]) =>
  introductionFixture({ statusDates: { made: 300 }, madeAt: 300, ...fields });

describe('v013: the introductions awaiting an outcome', () => {
  it('queues every made, live introduction with no outcome by when it was made', async () => {
    const db = await upgradeTo({
      name: `v013-unanswered-introductions-${crypto.randomUUID()}`,
      version: 13,
      writeBefore: async (previous) => {
        await previous.introductions.bulkAdd([
          introduction({ id: 'late', statusDates: { made: 500 }, madeAt: 500 }),
          introduction({ id: 'early', statusDates: {}, madeAt: 200 }),
          introduction({ id: 'answered', outcome: 'They met twice' }),
          introduction({ id: 'trashed', deletedAt: 9 }),
          introduction({ id: 'asked', status: 'asked', statusDates: {}, madeAt: null }),
          introduction({ id: 'connected', status: 'connected' }),
        ]);
      },
    });
    opened.push(db);
    expect(await db.unansweredIntroductions.toArray()).toEqual([
      expect.objectContaining({ at: 200, id: 'early' }),
      expect.objectContaining({ at: 500, id: 'late' }),
    ]);
  });
});
