import { describe, expect, it } from 'vitest';
import { rosterSlots, type SlotShift } from './roster-slots';

const HOUR = 3_600_000;
const row = (id: string, role: string, from: number, to: number): SlotShift => ({
  id,
  role,
  startsAt: from * HOUR,
  endsAt: to * HOUR,
});

describe('roster slots', () => {
  it('groups assignments of one role and time range, in time then role order', () => {
    const slots = rosterSlots(
      [
        row('a', 'cleanup', 21, 22),
        row('b', 'reception', 18, 20),
        row('c', 'setup', 18, 19),
        row('d', 'reception', 18, 20),
        row('e', 'reception', 20, 21),
      ],
      ['setup', 'reception', 'cleanup'],
    );
    expect(
      slots.map((slot) => [slot.role, slot.startsAt / HOUR, slot.assignments.map((s) => s.id)]),
    ).toEqual([
      ['setup', 18, ['c']],
      ['reception', 18, ['b', 'd']],
      ['reception', 20, ['e']],
      ['cleanup', 21, ['a']],
    ]);
  });

  it('puts roles the event does not list after its own, by key', () => {
    const slots = rosterSlots(
      [row('a', 'zeta', 1, 2), row('b', 'alpha', 1, 2), row('c', 'mc', 1, 2)],
      ['mc'],
    );
    expect(slots.map((slot) => slot.role)).toEqual(['mc', 'alpha', 'zeta']);
  });
});
