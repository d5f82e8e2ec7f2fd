// Volunteer roles: the organizer's own list (a setting, seeded from the defaults of
// shared/volunteers/roles) and, per event, which of them the roster needs and how many people
// each (HallwayEvent.volunteerRoles). The reads; the writes are setOrganizerRoles (settings-writes)
// and setEventRoleNeeds (events-writes) in renderer/data/writes.
import type { RoleDefinition } from '../../shared/volunteers/roles';
import type { HallwayDatabase } from '../db/database';
import { getSetting } from './settings-repository';

/** The organizer's roles; null when they never edited the defaults. */
export function getOrganizerRoles(db: HallwayDatabase): Promise<RoleDefinition[] | null> {
  return getSetting(db, 'volunteers.roles');
}
