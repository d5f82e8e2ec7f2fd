import { describe, expect, it } from 'vitest';
import { personFixture } from '../domain/person-fixture';
import { findInvalidBackupRow } from './find-invalid-backup-row';

const aiko = personFixture({ id: 'aiko', displayName: 'Aiko Tanaka' });
const ben = personFixture({ id: 'ben', displayName: 'Ben' });

describe('findInvalidBackupRow', () => {
  it('accepts rows the app writes, derived fields and unknown extra fields included', () => {
    const rows = new Map<string, unknown[]>([
      ['people', [aiko, { ...ben, addedByANewerApp: true }]],
      ['settings', [{ key: 'language', value: 'ja', updatedAt: 1 }]],
      ['changes', [{ anything: 'goes: not a source table' }]],
    ]);
    expect(findInvalidBackupRow(rows)).toBeNull();
  });

  it('names the table, the row, its id and the field that breaks the schema', () => {
    const rows = new Map<string, unknown[]>([
      ['people', [aiko, { ...ben, emails: 'ben@example.org' }]],
    ]);
    expect(findInvalidBackupRow(rows)).toEqual({
      table: 'people',
      row: 2,
      key: 'ben',
      reason: expect.stringMatching(/^emails: .*expected array/),
    });
  });

  it.each([
    ['a kind the app does not know', { kind: 'party' }, /^kind: /],
    ['a missing start', { startsAt: undefined }, /^startsAt: /],
    ['a value far too long', { notes: 'x'.repeat(100_001) }, /^notes: /],
  ])('refuses an event with %s', (_name, change, reason) => {
    const event = {
      id: 'e1',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
      name: 'Meetup',
      series: '',
      kind: 'meetup',
      startsAt: 1,
      endsAt: null,
      location: '',
      url: '',
      myRole: '',
      notes: '',
    };
    const invalid = findInvalidBackupRow(new Map([['events', [event, { ...event, ...change }]]]));
    expect(invalid).toMatchObject({ table: 'events', row: 2, key: 'e1' });
    expect(invalid?.reason).toMatch(reason);
  });

  it('refuses a row that is not an object, without a key to name', () => {
    expect(findInvalidBackupRow(new Map([['topics', [42]]]))).toMatchObject({
      table: 'topics',
      row: 1,
      key: null,
    });
  });
});
