// The roles of one event's roster, labelled: the event stores role keys with the number of people
// each needs (HallwayEvent.volunteerRoles); the labels come from the organizer's list, or the
// defaults for a role the list no longer has. An event that never had its roles set needs nobody.
import type { EventRoleNeed } from '../domain/entities';
import { roleLabel, type RoleDefinition, type RoleLanguage } from './roles';

export function eventRoleDefinitions(
  needs: readonly EventRoleNeed[] | undefined,
  organizerRoles: readonly RoleDefinition[],
  language: RoleLanguage,
): RoleDefinition[] {
  return (needs ?? []).map(({ role, needed }) => ({
    key: role,
    label: roleLabel(role, organizerRoles, language),
    needed,
  }));
}

/** The event's needs with one role's count set (added at the end when it was not there). */
export function withRoleNeed(
  needs: readonly EventRoleNeed[] | undefined,
  role: string,
  needed: number,
): EventRoleNeed[] {
  const list = [...(needs ?? [])];
  const at = list.findIndex((need) => need.role === role);
  if (at === -1) list.push({ role, needed });
  else list[at] = { role, needed };
  return list;
}

export function withoutRoleNeed(
  needs: readonly EventRoleNeed[] | undefined,
  role: string,
): EventRoleNeed[] {
  return (needs ?? []).filter((need) => need.role !== role);
}
