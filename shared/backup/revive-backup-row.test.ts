import { describe, expect, it } from 'vitest';
import { reviveBackupRow } from './revive-backup-row';

describe('reviveBackupRow', () => {
  it('passes a row without types through', () => {
    const row = { id: 'a', n: 1 };
    expect(reviveBackupRow(row)).toBe(row);
  });

  it('revives arrays, undefined, special numbers and dates, nested paths included', () => {
    expect(
      reviveBackupRow({
        id: 'a',
        emails: ['a@example.com'],
        eventId: 0,
        score: 'NaN',
        nested: { at: 1_700_000_000_000, tags: { 0: 'x', 1: 'y', extra: 'z' } },
        $types: {
          emails: 'arrayNonindexKeys',
          eventId: 'undef',
          score: 'nan',
          'nested.at': 'date',
          'nested.tags': 'arrayNonindexKeys',
        },
      }),
    ).toEqual({
      id: 'a',
      emails: ['a@example.com'],
      eventId: undefined,
      score: Number.NaN,
      nested: { at: new Date(1_700_000_000_000), tags: Object.assign(['x', 'y'], { extra: 'z' }) },
    });
  });

  it('leaves a value marked as an array that is not one as it is, for validation to refuse', () => {
    expect(
      reviveBackupRow({
        id: 'a',
        emails: 'x@y',
        tags: 3,
        $types: { emails: 'arrayNonindexKeys', tags: 'arrayNonindexKeys' },
      }),
    ).toEqual({ id: 'a', emails: 'x@y', tags: 3 });
  });

  it('unwraps a row that itself had a $types property', () => {
    expect(reviveBackupRow({ $: { id: 'a', $types: 'mine' }, $types: true })).toEqual({
      id: 'a',
      $types: 'mine',
    });
  });

  it.each([
    ['a type Hallway never stores', { id: 'a', photo: {}, $types: { photo: 'blob' } }],
    ['a path through a missing object', { id: 'a', $types: { 'a.b': 'undef' } }],
    ['a prototype path', { id: 'a', $types: JSON.parse('{"__proto__": "undef"}') as unknown }],
    ['malformed types', { id: 'a', $types: ['undef'] }],
  ])('refuses %s', (_what, row) => {
    expect(reviveBackupRow(row)).toBeNull();
  });
});
