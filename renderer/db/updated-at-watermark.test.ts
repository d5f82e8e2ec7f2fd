import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../shared/domain/person-fixture';
import { HallwayDatabase } from './database';
import { UpdatedAtWatermark } from './updated-at-watermark';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('UpdatedAtWatermark', () => {
  it('returns only the rows written since, including a later write in the same millisecond', async () => {
    const db = new HallwayDatabase(`watermark-${crypto.randomUUID()}`);
    opened.push(db);
    await db.people.bulkAdd([
      personFixture({ id: 'ana', updatedAt: 10 }),
      personFixture({ id: 'ben', updatedAt: 20 }),
    ]);
    const watermark = new UpdatedAtWatermark();
    expect((await watermark.changedSince(db.people)).map((p) => p.id).sort()).toEqual([
      'ana',
      'ben',
    ]);
    expect(await watermark.changedSince(db.people)).toEqual([]);

    await db.people.add(personFixture({ id: 'cleo', updatedAt: 20 }));
    await db.people.update('ana', { updatedAt: 30 });
    expect((await watermark.changedSince(db.people)).map((p) => p.id).sort()).toEqual([
      'ana',
      'cleo',
    ]);
    expect(await watermark.changedSince(db.people)).toEqual([]);
  });
});
