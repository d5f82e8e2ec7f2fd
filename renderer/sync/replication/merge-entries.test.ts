import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncedEntry } from '../../../shared/sync/synced-entry';
import { mergeEntries, sameEntry } from './merge-entries';
import { formatStamp } from './stamp';

const stamp = fc
  .record({
    ms: fc.integer({ min: 1, max: 4 }),
    counter: fc.integer({ min: 0, max: 2 }),
    deviceId: fc.constantFrom('a', 'b', 'c'),
  })
  .map(formatStamp);
const field = fc.constantFrom('name', 'company', 'notes');
const value = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.constantFrom('x', 'y'),
  fc.constant(['l']),
);

const entry: fc.Arbitrary<SyncedEntry> = fc.oneof(
  { weight: 1, arbitrary: stamp.map((purged) => ({ purged })) },
  {
    weight: 5,
    arbitrary: fc
      .record({
        v: fc.dictionary(field, value, { maxKeys: 3 }),
        s: stamp,
        later: fc.dictionary(field, fc.integer({ min: 1, max: 3 }), { maxKeys: 2 }),
      })
      .map(({ v, s, later }) => {
        // A field stamped later than s: s with a larger counter, so every field stamp is >= s.
        const [ms, counter, deviceId] = s.split('.');
        const t = Object.fromEntries(
          Object.entries(later).map(([name, step]) => [
            name,
            formatStamp({ ms: parseInt(ms, 36), counter: parseInt(counter, 36) + step, deviceId }),
          ]),
        );
        return Object.keys(t).length > 0 ? { v, s, t } : { v, s };
      }),
  },
);

const same = (a: SyncedEntry, b: SyncedEntry) => expect(sameEntry(a, b)).toBe(true);

describe('the merge of two entries of a row', () => {
  it('is commutative, associative and idempotent, so devices converge in any order', () => {
    fc.assert(
      fc.property(entry, entry, entry, (a, b, c) => {
        same(mergeEntries(a, b), mergeEntries(b, a));
        same(mergeEntries(mergeEntries(a, b), c), mergeEntries(a, mergeEntries(b, c)));
        same(mergeEntries(a, a), a);
        same(mergeEntries(mergeEntries(a, b), b), mergeEntries(a, b));
      }),
    );
  });

  it('keeps both devices edits of different fields and the later edit of the same field', () => {
    const base = { v: { name: 'Aoi', company: '', notes: '' }, s: '1.0.a' };
    const onA = { ...base, v: { ...base.v, company: 'Acme' }, t: { company: '2.0.a' } };
    const onB = {
      ...base,
      v: { ...base.v, notes: 'Rust', company: 'Beta' },
      t: { notes: '2.0.b', company: '3.0.b' },
    };
    expect(mergeEntries(onA, onB)).toEqual({
      v: { name: 'Aoi', company: 'Beta', notes: 'Rust' },
      s: '1.0.a',
      t: { company: '3.0.b', notes: '2.0.b' },
    });
  });

  it('lets a tombstone win over any value, however late its edits', () => {
    const edited = { v: { name: 'Aoi' }, s: '1.0.a', t: { name: 'zz.0.b' } };
    expect(mergeEntries(edited, { purged: '2.0.a' })).toEqual({ purged: '2.0.a' });
  });
});
