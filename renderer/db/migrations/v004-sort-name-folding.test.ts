import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A person as version 3 stored them: the sort key lower-cased, nothing folded. */
const writtenByVersion3 = (id: string, displayName: string, nameReading = '') =>
  personFixture({
    id,
    displayName,
    nameReading,
    sortName: (nameReading || displayName).toLowerCase(),
    updatedAt: 42,
  });

describe('v004: sort names folded for collation', () => {
  it('recomputes the sort key of people written by version 3, so the index sorts them as people expect', async () => {
    const db = await upgradeTo({
      name: `v004-sort-name-${crypto.randomUUID()}`,
      version: 4,
      writeBefore: async (previous) => {
        await previous.people.bulkAdd([
          writtenByVersion3('zoe', 'Zoe Baker'),
          writtenByVersion3('emile', 'Émile Zola'),
          writtenByVersion3('kobayashi', '小林 花子', 'こばやし はなこ'),
          writtenByVersion3('goto', '後藤 太郎', 'ごとう たろう'),
        ]);
      },
    });
    opened.push(db);

    const ordered = await db.people
      .where('[deletedAt+sortName]')
      .between([0, Dexie.minKey], [0, Dexie.maxKey])
      .primaryKeys();
    expect(ordered).toEqual(['emile', 'zoe', 'goto', 'kobayashi']);
    const zoe = await db.people.get('zoe');
    expect(zoe).toEqual(writtenByVersion3('zoe', 'Zoe Baker'));
    expect((await db.people.get('emile'))?.updatedAt).toBe(42);
  });
});
