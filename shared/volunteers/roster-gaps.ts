// Gaps in an event's roster, per role: how many people the role needs, how many it has, how many
// were asked and have not answered. Decision: only `confirmed` and `attended` assignments fill a
// place ("Reception 1 of 2"); `invited` ones are pending — shown, but the place is still open;
// `cancelled` and `no-show` hold no place. People are counted once per role, however many shifts
// of that role they have. Roles on the roster that the organizer's list lacks (typed by hand,
// imported) are still shown, after the list's roles, as needing nobody.
import { LIVE, type VolunteerShift } from '../domain/entities';
import type { RoleDefinition } from './roles';

export type GapShift = Pick<VolunteerShift, 'personId' | 'role' | 'status' | 'deletedAt'>;

export interface RoleGap {
  role: string;
  label: string;
  needed: number;
  /** People confirmed or attended. */
  filled: number;
  /** People invited who have not confirmed (and are not also filling the role). */
  pending: number;
  /** Places neither filled nor pending: what is left to ask for. */
  unasked: number;
}

export function rosterGaps(
  roles: readonly RoleDefinition[],
  shifts: Iterable<GapShift>,
): RoleGap[] {
  const filled = new Map<string, Set<string>>();
  const invited = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, role: string, personId: string) => {
    const people = map.get(role) ?? new Set<string>();
    people.add(personId);
    map.set(role, people);
  };
  const extraRoles: string[] = [];
  const known = new Set(roles.map((role) => role.key));
  for (const shift of shifts) {
    if (shift.deletedAt !== LIVE) continue;
    if (shift.status === 'confirmed' || shift.status === 'attended') {
      add(filled, shift.role, shift.personId);
    } else if (shift.status === 'invited') {
      add(invited, shift.role, shift.personId);
    } else continue;
    if (!known.has(shift.role)) {
      known.add(shift.role);
      extraRoles.push(shift.role);
    }
  }
  const definitions = [
    ...roles,
    ...extraRoles.sort().map((key) => ({ key, label: key, needed: 0 })),
  ];
  return definitions.map(({ key, label, needed }) => {
    const fillers = filled.get(key) ?? new Set<string>();
    const pending = [...(invited.get(key) ?? [])].filter((person) => !fillers.has(person)).length;
    return {
      role: key,
      label,
      needed,
      filled: fillers.size,
      pending,
      unasked: Math.max(0, needed - fillers.size - pending),
    };
  });
}

/** The roles that still need someone asked, for "who to ask next". */
export function rolesToAskFor(gaps: readonly RoleGap[]): string[] {
  return gaps.filter((gap) => gap.unasked > 0).map((gap) => gap.role);
}
