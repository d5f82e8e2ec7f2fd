import { describe, expect, it } from 'vitest';
import { personFixture } from '../../../shared/domain/person-fixture';
import { rowFromSynced, syncedFieldsOf } from './row-codec';

const noBlank = () => ({});

describe('the synced value of a row', () => {
  it('leaves out derived fields and empty defaults, and brings the row back whole', () => {
    const person = personFixture({
      id: 'p1',
      displayName: 'Aoi',
      emails: ['aoi@example.jp'],
      emailKeys: ['aoi@example.jp'],
      sortName: 'aoi',
      lastContactAt: 99,
      nextContactDueAt: 5,
    });
    const value = syncedFieldsOf('people', person, null);
    expect(value).toEqual({
      id: 'p1',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
      displayName: 'Aoi',
      emails: ['aoi@example.jp'],
    });
    const derived = ['emailKeys', 'linkKeys', 'nameKeys', 'sortName', 'nextContactDueAt'];
    const source = Object.fromEntries(
      Object.entries(person).filter(([field]) => !derived.includes(field)),
    );
    expect(rowFromSynced('people', undefined, value, null, noBlank)).toEqual({
      ...source,
      lastContactAt: 0,
    });
  });

  it("applies a value over the stored row: a field back to its default, a field removed, this device's last contact kept", () => {
    const stored = personFixture({
      id: 'p1',
      notes: 'old note',
      mergedIntoId: 'p2',
      lastContactAt: 42,
    });
    const value = syncedFieldsOf('people', { ...stored, notes: '', mergedIntoId: undefined }, null);
    const row = rowFromSynced('people', stored, value, null, noBlank);
    expect(row).toMatchObject({ notes: '', lastContactAt: 42 });
    expect(row).not.toHaveProperty('mergedIntoId');
    expect(
      rowFromSynced('people', stored, syncedFieldsOf('people', stored, null), null, noBlank),
    ).toBeUndefined();
  });

  it('takes only the allowed fields of a value into a stored row', () => {
    const stored = personFixture({ id: 'p1', displayName: 'Aoi', notes: 'private' });
    const allowed = new Set(['id', 'displayName', 'phones']);
    const row = rowFromSynced(
      'people',
      stored,
      { id: 'p1', displayName: 'Aoi T.', notes: 'forged' },
      allowed,
      noBlank,
    );
    expect(row).toMatchObject({ displayName: 'Aoi T.', notes: 'private' });
  });
});
