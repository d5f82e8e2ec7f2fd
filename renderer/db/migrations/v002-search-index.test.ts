import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { HallwayDatabase } from '../database';
import { v001Initial } from './v001-initial';
import { v002SearchIndex } from './v002-search-index';

const name = `v002-search-index-${crypto.randomUUID()}`;

afterEach(async () => {
  await HallwayDatabase.delete(name);
});

describe('v002: search index table', () => {
  it('keeps the people written at version 1 and adds an empty searchIndex table', async () => {
    const v1 = new HallwayDatabase(name, [v001Initial]);
    const hanako = personFixture({ id: 'hanako', displayName: '山田 花子', updatedAt: 42 });
    await v1.people.add(hanako);
    v1.close();

    const v2 = new HallwayDatabase(name, [v001Initial, v002SearchIndex]);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.people.get('hanako')).toEqual(hanako);
    expect(await v2.people.where('updatedAt').above(41).primaryKeys()).toEqual(['hanako']);
    expect(await v2.searchIndex.count()).toBe(0);
    // The head as version 2 wrote it: an updatedAt watermark, not yet a change-feed position.
    await v2.table('searchIndex').put({ id: 'people', format: 1, watermark: 42, parts: 0 });
    expect(await v2.searchIndex.get('people')).toEqual({
      id: 'people',
      format: 1,
      watermark: 42,
      parts: 0,
    });
    v2.close();
  });
});
