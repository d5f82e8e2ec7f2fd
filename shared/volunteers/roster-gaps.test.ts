import { describe, expect, it } from 'vitest';
import type { ShiftStatus } from '../domain/entities';
import { rosterGaps, rolesToAskFor, type GapShift } from './roster-gaps';

const roles = [
  { key: 'reception', label: 'Reception', needed: 2 },
  { key: 'photos', label: 'Photos', needed: 1 },
  { key: 'mc', label: 'MC', needed: 1 },
];

function assignment(personId: string, role: string, status: ShiftStatus): GapShift {
  return { personId, role, status, deletedAt: 0 };
}

describe('rosterGaps', () => {
  it('shows "Reception 1 of 2" with a pending invitation still counted as open', () => {
    const gaps = rosterGaps(roles, [
      assignment('hanako', 'reception', 'confirmed'),
      assignment('ken', 'reception', 'invited'),
      assignment('aiko', 'photos', 'attended'),
    ]);
    expect(gaps).toEqual([
      { role: 'reception', label: 'Reception', needed: 2, filled: 1, pending: 1, unasked: 0 },
      { role: 'photos', label: 'Photos', needed: 1, filled: 1, pending: 0, unasked: 0 },
      { role: 'mc', label: 'MC', needed: 1, filled: 0, pending: 0, unasked: 1 },
    ]);
    expect(rolesToAskFor(gaps)).toEqual(['mc']);
  });

  it('does not fill a place with a cancellation, a no-show or a trashed assignment', () => {
    const gaps = rosterGaps(roles, [
      assignment('hanako', 'reception', 'cancelled'),
      assignment('ken', 'reception', 'no-show'),
      { ...assignment('aiko', 'reception', 'confirmed'), deletedAt: 1 },
    ]);
    expect(gaps[0]).toMatchObject({ filled: 0, pending: 0, unasked: 2 });
  });

  it('counts a person once per role, however many shifts they have', () => {
    const gaps = rosterGaps(roles, [
      assignment('hanako', 'reception', 'confirmed'),
      assignment('hanako', 'reception', 'attended'),
      assignment('hanako', 'reception', 'invited'),
    ]);
    expect(gaps[0]).toMatchObject({ filled: 1, pending: 0, unasked: 1 });
  });

  it('lists roles missing from the organizer list after it, as needing nobody', () => {
    const gaps = rosterGaps(roles, [
      assignment('ken', 'speaker-liaison', 'confirmed'),
      assignment('ken', 'catering', 'invited'),
    ]);
    expect(gaps.slice(3)).toEqual([
      { role: 'catering', label: 'catering', needed: 0, filled: 0, pending: 1, unasked: 0 },
      {
        role: 'speaker-liaison',
        label: 'speaker-liaison',
        needed: 0,
        filled: 1,
        pending: 0,
        unasked: 0,
      },
    ]);
  });

  it('reports more people than needed without negative gaps', () => {
    const gaps = rosterGaps(roles, [
      assignment('a', 'mc', 'confirmed'),
      assignment('b', 'mc', 'confirmed'),
    ]);
    expect(gaps[2]).toMatchObject({ needed: 1, filled: 2, unasked: 0 });
  });
});
