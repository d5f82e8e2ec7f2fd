import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { pairKey } from '../../../shared/suggestions/introduction-profile';
import { HallwayDatabase } from '../../db/database';
import { proposeIntroduction } from '../../data/writes/introductions-writes';
import { SuggestionIndexSync } from './suggestion-index-sync';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function castDatabase(): Promise<HallwayDatabase> {
  const db = new HallwayDatabase(`suggestions-${crypto.randomUUID()}`);
  opened.push(db);
  await db.people.bulkAdd([
    personFixture({ id: 'ana', offers: ['rails'], asks: ['design'], updatedAt: 1 }),
    personFixture({ id: 'ben', offers: ['design'], asks: ['rails'], updatedAt: 1 }),
    personFixture({ id: 'cleo', interests: ['elixir'], asks: ['rails'], updatedAt: 1 }),
  ]);
  return db;
}

describe('SuggestionIndexSync', () => {
  it('suggests from the stored profiles, best pair first', async () => {
    const sync = new SuggestionIndexSync(await castDatabase());
    await sync.start();
    const top = await sync.suggestTopPairs(5);
    expect(top.map((s) => pairKey(s.personId, s.candidateId))[0]).toBe(pairKey('ana', 'ben'));
    expect(top[0]!.tier).toBe(2);
  });

  it('leaves out introduced and dismissed pairs, and takes later edits into account', async () => {
    const db = await castDatabase();
    const sync = new SuggestionIndexSync(db);
    await sync.start();
    expect((await sync.suggestFor('cleo', 5)).map((s) => s.candidateId)).toEqual(['ana']);

    await proposeIntroduction(db, { personIds: ['ben', 'ana'] });
    await db.introductionDismissals.add({
      pairKey: pairKey('cleo', 'ana'),
      aId: 'ana',
      bId: 'cleo',
      dismissedAt: 5,
    });
    await db.people.update('ben', { offers: ['design', 'rails'], updatedAt: 2 });

    expect(await sync.suggestFor('ana', 5)).toEqual([]);
    expect((await sync.suggestFor('cleo', 5)).map((s) => s.candidateId)).toEqual(['ben']);
  });

  it('forgets people moved to the trash', async () => {
    const db = await castDatabase();
    const sync = new SuggestionIndexSync(db);
    await sync.start();
    await db.people.update('ana', { deletedAt: 9, updatedAt: 9 });
    expect(await sync.suggestFor('ben', 5)).toEqual([]);
  });
});
