// Volunteer roles: the organizer's own list (a setting, seeded from the defaults of
// shared/volunteers/roles) and, per event, which of them the roster needs and how many people
// each (HallwayEvent.volunteerRoles).
import type { EventRoleNeed } from '../../shared/domain/entities';
import type { RoleDefinition } from '../../shared/volunteers/roles';
import type { HallwayDatabase } from '../db/database';
import { notFound } from '../data/writes/write-error';
import { eventRoleNeedsSchema } from '../data/writes/roster-roles-input';
import { getSetting, setSetting } from './settings-repository';

/** The organizer's roles; null when they never edited the defaults. */
export function getOrganizerRoles(db: HallwayDatabase): Promise<RoleDefinition[] | null> {
  return getSetting(db, 'volunteers.roles');
}

export function setOrganizerRoles(
  db: HallwayDatabase,
  roles: readonly RoleDefinition[],
): Promise<void> {
  return setSetting(db, 'volunteers.roles', [...roles]);
}

export async function setEventRoleNeeds(
  db: HallwayDatabase,
  eventId: string,
  needs: readonly EventRoleNeed[],
): Promise<void> {
  const volunteerRoles = eventRoleNeedsSchema.parse(needs);
  const changed = await db.events.update(eventId, { volunteerRoles, updatedAt: Date.now() });
  if (changed === 0) throw notFound('event', eventId);
}
