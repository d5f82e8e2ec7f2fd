import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { pairKey } from '../../../shared/suggestions/introduction-profile';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('v005: introduction dismissals', () => {
  it('adds the dismissals table and keeps the people written by version 4', async () => {
    const db = await upgradeTo({
      name: `v005-dismissals-${crypto.randomUUID()}`,
      version: 5,
      writeBefore: async (previous) => {
        await previous.people.add(personFixture({ id: 'ana', displayName: 'Ana' }));
      },
    });
    opened.push(db);

    await db.introductionDismissals.add({
      pairKey: pairKey('ben', 'ana'),
      aId: 'ana',
      bId: 'ben',
      dismissedAt: 1,
    });
    expect(await db.introductionDismissals.where('bId').equals('ben').primaryKeys()).toEqual([
      pairKey('ana', 'ben'),
    ]);
    expect((await db.people.get('ana'))?.displayName).toBe('Ana');
  });
});
