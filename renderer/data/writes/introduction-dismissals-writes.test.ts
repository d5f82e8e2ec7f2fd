import { afterEach, describe, expect, it } from 'vitest';
import { HallwayDatabase } from '../../db/database';
import { isDismissed } from '../../repositories/introduction-dismissals-repository';
import { dismissSuggestedIntroduction, undoDismissal } from './introduction-dismissals-writes';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function database(): HallwayDatabase {
  const db = new HallwayDatabase(`dismissals-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

describe('introduction dismissals', () => {
  it('stores one row per pair, whichever way round it was dismissed', async () => {
    const db = database();
    await dismissSuggestedIntroduction(db, 'ben', 'ana', 5);
    await dismissSuggestedIntroduction(db, 'ana', 'ben', 6);
    expect(await db.introductionDismissals.toArray()).toEqual([
      { pairKey: 'ana\u0000ben', aId: 'ana', bId: 'ben', dismissedAt: 6 },
    ]);
    expect(await isDismissed(db, 'ben', 'ana')).toBe(true);
    expect(await isDismissed(db, 'ana', 'cleo')).toBe(false);
  });

  it('undo brings the pair back', async () => {
    const db = database();
    await dismissSuggestedIntroduction(db, 'ana', 'ben');
    await undoDismissal(db, 'ben', 'ana');
    expect(await isDismissed(db, 'ana', 'ben')).toBe(false);
  });
});
