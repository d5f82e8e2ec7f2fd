import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ShiftStatus } from '../domain/entities';
import { findShiftOverlaps, type OverlapShift } from './shift-overlaps';

const HOUR = 3_600_000;
const EVENING = Date.UTC(2026, 3, 10, 9);

function shift(
  id: string,
  personId: string,
  fromHour: number,
  toHour: number,
  status: ShiftStatus = 'confirmed',
): OverlapShift {
  return {
    id,
    personId,
    startsAt: EVENING + fromHour * HOUR,
    endsAt: EVENING + toHour * HOUR,
    status,
    deletedAt: 0,
  };
}

describe('findShiftOverlaps', () => {
  it('warns about one person in two intersecting shifts, naming the pair', () => {
    const overlaps = findShiftOverlaps([
      shift('photos', 'hanako', 1, 3),
      shift('reception', 'hanako', 0, 1.5),
      shift('setup', 'ken', 0, 3),
    ]);
    expect(overlaps).toEqual([
      { personId: 'hanako', firstShiftId: 'reception', secondShiftId: 'photos' },
    ]);
  });

  it('does not treat back-to-back shifts as overlapping', () => {
    expect(
      findShiftOverlaps([shift('setup', 'ken', 0, 1), shift('reception', 'ken', 1, 2)]),
    ).toEqual([]);
  });

  it('lists every pair when three shifts intersect, and one shift inside another', () => {
    const overlaps = findShiftOverlaps([
      shift('a', 'aiko', 0, 4),
      shift('b', 'aiko', 1, 2),
      shift('c', 'aiko', 1.5, 3),
    ]);
    expect(overlaps.map((pair) => `${pair.firstShiftId}-${pair.secondShiftId}`)).toEqual([
      'a-b',
      'a-c',
      'b-c',
    ]);
  });

  it('ignores cancelled, trashed and zero-length assignments', () => {
    const trashed = { ...shift('trashed', 'ken', 0, 2), deletedAt: EVENING };
    expect(
      findShiftOverlaps([
        shift('setup', 'ken', 0, 2),
        shift('cancelled', 'ken', 1, 3, 'cancelled'),
        trashed,
        shift('empty', 'ken', 1, 1),
      ]),
    ).toEqual([]);
  });

  it('finds exactly the pairs whose intervals intersect (against a pairwise check)', () => {
    const generated = fc.array(
      fc.record({
        personId: fc.constantFrom('p1', 'p2'),
        start: fc.integer({ min: 0, max: 12 }),
        length: fc.integer({ min: 0, max: 6 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(generated, (specs) => {
        const shifts = specs.map((spec, i) =>
          shift(
            `s${String(i).padStart(2, '0')}`,
            spec.personId,
            spec.start,
            spec.start + spec.length,
          ),
        );
        const expected = new Set<string>();
        for (const a of shifts)
          for (const b of shifts)
            if (
              a.id < b.id &&
              a.personId === b.personId &&
              Math.max(a.startsAt, b.startsAt) < Math.min(a.endsAt, b.endsAt)
            )
              expected.add(`${a.id}|${b.id}`);
        const found = findShiftOverlaps(shifts).map((pair) =>
          [pair.firstShiftId, pair.secondShiftId].sort().join('|'),
        );
        expect(new Set(found)).toEqual(expected);
        expect(found.length).toBe(expected.size);
      }),
    );
  });
});
