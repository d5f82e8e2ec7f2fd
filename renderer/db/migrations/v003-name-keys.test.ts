import { afterEach, describe, expect, it } from 'vitest';
import { LIVE, type Person } from '../../../shared/domain/entities';
import { personFixture } from '../../../shared/domain/person-fixture';
import type { HallwayDatabase } from '../database';
import { upgradeTo } from './migration-test-harness';

const opened: HallwayDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A person as version 2 stored them: no nameKeys property at all. */
function writtenByVersion2(fields: Partial<Person> & Pick<Person, 'id'>): Person {
  const { nameKeys: _absent, ...person } = personFixture(fields);
  return person as Person;
}

describe('v003: name keys', () => {
  it('derives the name keys of people written by version 2 and indexes them', async () => {
    const hanako = writtenByVersion2({
      id: 'hanako',
      displayName: '山田 花子',
      familyName: '山田',
      givenName: '花子',
      nameOrder: 'family-given',
      nameReading: 'ヤマダ ハナコ',
      updatedAt: 42,
    });
    const nameless = writtenByVersion2({ id: 'nameless', emails: ['x@example.com'] });
    const trashed = writtenByVersion2({ id: 'ada', displayName: 'Ada Lovelace', deletedAt: 7 });
    const db = await upgradeTo({
      name: `v003-name-keys-${crypto.randomUUID()}`,
      version: 3,
      writeBefore: async (previous) => {
        await previous.people.bulkAdd([hanako, nameless, trashed]);
      },
    });
    opened.push(db);

    expect(await db.people.where('nameKeys').equals('r:やまだはなこ').primaryKeys()).toEqual([
      'hanako',
    ]);
    expect(await db.people.where('nameKeys').equals('n:花子山田').primaryKeys()).toEqual([
      'hanako',
    ]);
    expect(await db.people.where('nameKeys').equals('n:adalovelace').primaryKeys()).toEqual([
      'ada',
    ]);
    expect((await db.people.get('nameless'))?.nameKeys).toEqual([]);
    const upgraded = await db.people.get('hanako');
    expect(upgraded).toEqual({ ...hanako, nameKeys: upgraded?.nameKeys });
    expect(upgraded?.deletedAt).toBe(LIVE);
  });
});
