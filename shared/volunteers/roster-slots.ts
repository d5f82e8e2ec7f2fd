// A shift as the organizer sees it: one role over one time range, with the people assigned. Each
// assignment is its own VolunteerShift row (its own status and hours), so the roster groups rows
// with the same role, start and end into one slot. Slots come in time order, then in the order of
// the event's roles; assignments keep the order they are given in.
import type { VolunteerShift } from '../domain/entities';

export type SlotShift = Pick<VolunteerShift, 'id' | 'role' | 'startsAt' | 'endsAt'>;

export interface RosterSlot<T extends SlotShift> {
  key: string;
  role: string;
  startsAt: number;
  endsAt: number;
  assignments: T[];
}

export function slotKeyOf(shift: SlotShift): string {
  return `${shift.role}\u0000${shift.startsAt}\u0000${shift.endsAt}`;
}

export function rosterSlots<T extends SlotShift>(
  shifts: Iterable<T>,
  roleOrder: readonly string[],
): RosterSlot<T>[] {
  const slots = new Map<string, RosterSlot<T>>();
  for (const shift of shifts) {
    const key = slotKeyOf(shift);
    const slot = slots.get(key) ?? {
      key,
      role: shift.role,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      assignments: [],
    };
    slot.assignments.push(shift);
    slots.set(key, slot);
  }
  const rank = (role: string) => {
    const at = roleOrder.indexOf(role);
    return at === -1 ? roleOrder.length : at;
  };
  return [...slots.values()].sort(
    (a, b) =>
      a.startsAt - b.startsAt ||
      rank(a.role) - rank(b.role) ||
      (a.role < b.role ? -1 : a.role > b.role ? 1 : 0) ||
      a.endsAt - b.endsAt,
  );
}
