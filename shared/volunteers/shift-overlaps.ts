// One person in two shifts at once: two of their assignments whose time intervals intersect.
// Intervals are half-open, so a shift ending at 19:00 and one starting at 19:00 do not overlap,
// and a shift without length overlaps nothing. Cancelled and trashed assignments are ignored:
// they no longer hold anyone's time.
import { LIVE, type VolunteerShift } from '../domain/entities';

export type OverlapShift = Pick<
  VolunteerShift,
  'id' | 'personId' | 'startsAt' | 'endsAt' | 'status' | 'deletedAt'
>;

export interface ShiftOverlap {
  personId: string;
  /** The pair, the earlier-starting shift first (ties by id). */
  firstShiftId: string;
  secondShiftId: string;
}

function byStart(a: OverlapShift, b: OverlapShift): number {
  return a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every pair of overlapping assignments of the same person, by person then start time. */
export function findShiftOverlaps(shifts: Iterable<OverlapShift>): ShiftOverlap[] {
  const byPerson = new Map<string, OverlapShift[]>();
  for (const shift of shifts) {
    if (shift.status === 'cancelled' || shift.deletedAt !== LIVE) continue;
    if (shift.endsAt <= shift.startsAt) continue;
    const list = byPerson.get(shift.personId) ?? [];
    list.push(shift);
    byPerson.set(shift.personId, list);
  }
  const overlaps: ShiftOverlap[] = [];
  for (const personId of [...byPerson.keys()].sort()) {
    const sorted = (byPerson.get(personId) ?? []).sort(byStart);
    const open: OverlapShift[] = [];
    for (const shift of sorted) {
      const stillOpen = open.filter((earlier) => earlier.endsAt > shift.startsAt);
      for (const earlier of stillOpen) {
        overlaps.push({ personId, firstShiftId: earlier.id, secondShiftId: shift.id });
      }
      open.length = 0;
      open.push(...stillOpen, shift);
    }
  }
  return overlaps;
}
