// Writes of events (docs/architecture.md, "One write path"); the reads are in
// renderer/repositories/events-repository.
import type { EventRoleNeed } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import { eventRoleNeedsSchema } from './roster-roles-input';
import { notFound } from './write-error';

/** The volunteer roles an event's roster needs, in the organizer's order. */
export async function setEventRoleNeeds(
  db: HallwayDatabase,
  eventId: string,
  needs: readonly EventRoleNeed[],
): Promise<void> {
  const volunteerRoles = eventRoleNeedsSchema.parse(needs);
  return runWrite(db, async (write) => {
    const event = await write.patch('events', eventId, { volunteerRoles, updatedAt: write.now });
    if (!event) throw notFound('event', eventId);
  });
}
