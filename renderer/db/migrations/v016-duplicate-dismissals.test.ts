import { afterEach, describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('v016: duplicate dismissals', () => {
  it('adds the dismissals table and keeps what version 15 stored', async () => {
    const db = await upgradeTo({
      name: `v016-dismissals-${crypto.randomUUID()}`,
      version: 16,
      writeBefore: async (previous) => {
        await previous.people.add(personFixture({ id: 'ana', displayName: 'Ana' }));
        await previous.introductionDismissals.add({
          pairKey: 'ana\u0000ben',
          aId: 'ana',
          bId: 'ben',
          dismissedAt: 1,
        });
      },
    });
    opened.push(db);

    await db.duplicateDismissals.add({
      pairKey: 'ana\u0000ben',
      aId: 'ana',
      bId: 'ben',
      dismissedAt: 2,
    });
    expect(await db.duplicateDismissals.count()).toBe(1);
    expect(await db.introductionDismissals.count()).toBe(1);
    expect((await db.people.get('ana'))?.displayName).toBe('Ana');
  });
});
