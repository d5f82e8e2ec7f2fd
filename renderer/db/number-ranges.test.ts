import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { HallwayDatabase } from './database';
import { nextNumberUp, numbersAbove } from './number-ranges';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('number ranges that start just above a number', () => {
  it('the next number up is greater, with nothing in between', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, max: Number.MAX_VALUE, min: -Number.MAX_VALUE }),
        (value) => {
          const next = nextNumberUp(value);
          expect(next).toBeGreaterThan(value);
          const middle = value / 2 + next / 2;
          expect(middle === value || middle === next).toBe(true);
        },
      ),
    );
  });

  it('find every number above the bound, however large, and not the bound itself', async () => {
    const db = new HallwayDatabase(`number-ranges-${crypto.randomUUID()}`);
    opened.push(db);
    await db.people.bulkAdd([
      personFixture({ id: 'live', deletedAt: 0 }),
      personFixture({ id: 'trashed', deletedAt: 1 }),
      personFixture({ id: 'far', deletedAt: Number.MAX_VALUE }),
    ]);
    expect((await numbersAbove(db.people.where('deletedAt'), 0).primaryKeys()).sort()).toEqual([
      'far',
      'trashed',
    ]);
    expect(await numbersAbove(db.people.where('deletedAt'), 1).primaryKeys()).toEqual(['far']);
  });
});
