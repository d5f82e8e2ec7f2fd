import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { HallwayDatabase } from './database';
import { numbersAbove, numbersFrom } from './number-ranges';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('number ranges bounded at Infinity', () => {
  it('find every number above (or from) the bound, however large, and nothing below', async () => {
    const db = new HallwayDatabase(`number-ranges-${crypto.randomUUID()}`);
    opened.push(db);
    await db.people.bulkAdd([
      personFixture({ id: 'live', updatedAt: 5, deletedAt: 0 }),
      personFixture({ id: 'trashed', updatedAt: 7, deletedAt: 1 }),
      personFixture({ id: 'far', updatedAt: Number.MAX_VALUE, deletedAt: Infinity }),
    ]);
    const trash = await numbersAbove(db.people.where('deletedAt'), 0).primaryKeys();
    const since7 = await numbersFrom(db.people.where('updatedAt'), 7).primaryKeys();
    expect(trash.sort()).toEqual(['far', 'trashed']);
    expect(since7.sort()).toEqual(['far', 'trashed']);
  });
});
