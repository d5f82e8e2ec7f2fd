import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { INTRODUCTION_STATUSES } from '../../shared/domain/entities';
import { introductionFixture as introduction } from '../../shared/domain/introduction-fixture';
import { personFixture } from '../../shared/domain/person-fixture';
import { unansweredIntroductionOf } from '../../shared/follow-ups/introduction-check-in-rule';
import {
  proposeIntroduction,
  setIntroductionStatus,
  trashIntroduction,
  restoreIntroduction,
  updateIntroduction,
} from '../data/writes/introductions-writes';
import { HallwayDatabase } from './database';

const opened: HallwayDatabase[] = [];
function freshDatabase(): HallwayDatabase {
  const db = new HallwayDatabase(`unanswered-introductions-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** The queue as it should be: recomputed from every introduction, in primary-key order. */
async function expected(db: HallwayDatabase) {
  return (await db.introductions.toArray())
    .flatMap((introduction) => unansweredIntroductionOf(introduction) ?? [])
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const IDS = ['n1', 'n2', 'n3', 'n4'];
const arbitraryIntroduction = fc.record({
  id: fc.constantFrom(...IDS),
  status: fc.constantFrom('made' as const, 'made' as const, ...INTRODUCTION_STATUSES),
  statusDates: fc.record({ made: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }),
  madeAt: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  outcome: fc.constantFrom('', '', ' ', 'Hired'),
  deletedAt: fc.constantFrom(0, 0, 7),
});

const arbitraryWrite = fc.oneof(
  fc.record({
    type: fc.constant('put' as const),
    rows: fc.array(arbitraryIntroduction, { maxLength: 4 }),
  }),
  fc.record({ type: fc.constant('add' as const), row: arbitraryIntroduction }),
  fc.record({ type: fc.constant('update' as const), row: arbitraryIntroduction }),
  fc.record({
    type: fc.constant('delete' as const),
    ids: fc.array(fc.constantFrom(...IDS), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant('deleteRange' as const), below: fc.constantFrom('n2', 'n4') }),
  fc.constant({ type: 'clear' as const }),
);

describe('unansweredIntroductions, kept by the database', () => {
  it('follows the repositories: made, outcome noted and cleared, trashed, restored', async () => {
    const db = freshDatabase();
    await db.people.bulkAdd([personFixture({ id: 'ada' }), personFixture({ id: 'grace' })]);
    const proposed = await proposeIntroduction(db, { personIds: ['ada', 'grace'] });
    expect(await db.unansweredIntroductions.count()).toBe(0);

    await setIntroductionStatus(db, proposed.id, 'made', 500);
    expect(await db.unansweredIntroductions.toArray()).toEqual([
      expect.objectContaining({ at: 500, id: proposed.id, aId: 'ada', bId: 'grace' }),
    ]);
    await updateIntroduction(db, proposed.id, { outcome: 'They are building it together' });
    expect(await db.unansweredIntroductions.count()).toBe(0);
    await updateIntroduction(db, proposed.id, { outcome: '' });
    await trashIntroduction(db, proposed.id);
    expect(await db.unansweredIntroductions.count()).toBe(0);
    await restoreIntroduction(db, proposed.id);
    expect(await db.unansweredIntroductions.toArray()).toEqual(await expected(db));
    await setIntroductionStatus(db, proposed.id, 'connected', 900);
    expect(await db.unansweredIntroductions.count()).toBe(0);
  });

  it('equals the made introductions awaiting an outcome after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryWrite, { maxLength: 10 }), async (writes) => {
        const db = freshDatabase();
        for (const write of writes) {
          if (write.type === 'put') {
            await db.introductions.bulkPut(write.rows.map((row) => introduction(row)));
          } else if (write.type === 'add') {
            await db.introductions.add(introduction(write.row)).catch(() => undefined);
          } else if (write.type === 'update') {
            const { id, ...changes } = write.row;
            await db.introductions.update(id, changes);
          } else if (write.type === 'delete') {
            await db.introductions.bulkDelete(write.ids);
          } else if (write.type === 'deleteRange') {
            await db.introductions.where('id').below(write.below).delete();
          } else {
            await db.introductions.clear();
          }
          expect(await db.unansweredIntroductions.toArray()).toEqual(await expected(db));
        }
        await db.delete();
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('leaves the queue as it was when the transaction fails', async () => {
    const db = freshDatabase();
    await db.introductions.put(introduction({ id: 'n1' }));
    await expect(
      db.transaction('rw', db.introductions, async () => {
        await db.introductions.put(introduction({ id: 'n1', outcome: 'Hired' }));
        await db.introductions.put(introduction({ id: 'n2' }));
        throw new Error('midway');
      }),
    ).rejects.toThrow('midway');
    expect(await db.unansweredIntroductions.toArray()).toEqual(await expected(db));
    expect(await db.unansweredIntroductions.count()).toBe(1);
  });
});
