import { afterEach, describe, expect, it } from 'vitest';
import { introductionFixture } from '../../../shared/domain/introduction-fixture';
import { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';

const DAY = 86_400_000;
const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`unanswered-introductions-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const weekCounts = async (db: HallwayDatabase) =>
  (await db.queueWeekCounts.toArray()).filter((row) => row.queue === 'unansweredIntroductions');

describe('unansweredIntroductions', () => {
  it('follows an introduction: made, outcome noted and cleared, trashed, restored, connected', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('introductions', [
        introductionFixture({ id: 'n1', status: 'asked', madeAt: null }),
      ]),
    );
    expect(await db.unansweredIntroductions.count()).toBe(0);

    await runWrite(db, (write) =>
      write.patch('introductions', 'n1', { status: 'made', statusDates: { made: 8 * DAY } }),
    );
    expect(await db.unansweredIntroductions.toArray()).toEqual([
      expect.objectContaining({ at: 8 * DAY, id: 'n1', aId: 'ada', bId: 'grace' }),
    ]);
    expect(await weekCounts(db)).toEqual([{ queue: 'unansweredIntroductions', week: 1, count: 1 }]);
    await runWrite(db, (write) => write.patch('introductions', 'n1', { outcome: 'Hired' }));
    expect(await db.unansweredIntroductions.count()).toBe(0);
    await runWrite(db, (write) => write.patch('introductions', 'n1', { outcome: ' ' }));
    expect(await db.unansweredIntroductions.count()).toBe(1);
    await runWrite(db, (write) => write.patch('introductions', 'n1', { deletedAt: 5 }));
    expect(await db.unansweredIntroductions.count()).toBe(0);
    await runWrite(db, (write) => write.patch('introductions', 'n1', { deletedAt: 0 }));
    expect(await db.unansweredIntroductions.toArray()).toEqual([
      expect.objectContaining({ at: 8 * DAY, id: 'n1', outcome: ' ' }),
    ]);
    await runWrite(db, (write) => write.patch('introductions', 'n1', { status: 'connected' }));
    expect(await db.unansweredIntroductions.count()).toBe(0);
    expect(await weekCounts(db)).toEqual([]);
  });

  it('moves with when the introduction was made, and keeps the people introduced', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('introductions', [introductionFixture({ id: 'n1', madeAt: DAY })]),
    );
    await runWrite(db, (write) => write.patch('introductions', 'n1', { madeAt: 15 * DAY }));
    expect(await db.unansweredIntroductions.toArray()).toEqual([
      expect.objectContaining({ at: 15 * DAY, id: 'n1' }),
    ]);
    expect(await weekCounts(db)).toEqual([{ queue: 'unansweredIntroductions', week: 2, count: 1 }]);
    await runWrite(db, (write) => write.patch('introductions', 'n1', { bId: 'alan' }));
    expect(await db.unansweredIntroductions.toArray()).toEqual([
      expect.objectContaining({ at: 15 * DAY, id: 'n1', bId: 'alan' }),
    ]);
  });

  it('starts afresh from what a write stores after clearing the introductions', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('introductions', [
        introductionFixture({ id: 'n1', madeAt: DAY }),
        introductionFixture({ id: 'n2', madeAt: 8 * DAY }),
      ]),
    );
    await runWrite(db, async (write) => {
      await write.clear('introductions');
      await write.insert('introductions', [introductionFixture({ id: 'n2', madeAt: 8 * DAY })]);
    });
    expect((await db.unansweredIntroductions.toArray()).map(({ at, id }) => [at, id])).toEqual([
      [8 * DAY, 'n2'],
    ]);
    expect(await weekCounts(db)).toEqual([{ queue: 'unansweredIntroductions', week: 1, count: 1 }]);
  });

  it('is left as it was when the write fails', async () => {
    const db = freshDatabase();
    await runWrite(db, (write) =>
      write.insert('introductions', [introductionFixture({ id: 'n1' })]),
    );
    await expect(
      runWrite(db, async (write) => {
        await write.put('introductions', [introductionFixture({ id: 'n1', outcome: 'Hired' })]);
        await write.put('introductions', [introductionFixture({ id: 'n2' })]);
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect((await db.unansweredIntroductions.toArray()).map(({ id }) => id)).toEqual(['n1']);
    expect(await weekCounts(db)).toEqual([{ queue: 'unansweredIntroductions', week: 0, count: 1 }]);
  });
});
