// Writes of events (docs/architecture.md, "One write path"): create, edit (a patch of the stored
// row), trash, restore and purge, and the roles an event's roster needs. Interactions and volunteer
// shifts keep pointing at a trashed event, so restoring it brings the whole history back. The
// reads are in renderer/repositories/events-repository.
import { LIVE, type EventRoleNeed, type HallwayEvent } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { definedFields } from './defined-fields';
import {
  eventChangesSchema,
  newEventSchema,
  type EventChanges,
  type NewEventInput,
} from './event-input';
import { eventRoleNeedsSchema } from './roster-roles-input';
import { notFound, WriteError } from './write-error';

/** Creates an event inside a write (quick capture and imports create one on the way). */
export async function createEventIn(
  write: WriteTransaction,
  input: NewEventInput,
): Promise<HallwayEvent> {
  const fields = definedFields(newEventSchema.parse(input));
  const [event] = await write.insert('events', [
    {
      series: '',
      kind: 'meetup',
      endsAt: null,
      location: '',
      url: '',
      myRole: 'attendee',
      notes: '',
      ...fields,
      id: crypto.randomUUID(),
      createdAt: write.now,
      updatedAt: write.now,
      deletedAt: LIVE,
    },
  ]);
  return event;
}

export async function createEvent(
  db: HallwayDatabase,
  input: NewEventInput,
): Promise<HallwayEvent> {
  return runWrite(db, (write) => createEventIn(write, input));
}

/** Patches a stored event, refusing one that is not stored. */
async function patchEvent(
  write: WriteTransaction,
  id: string,
  changes: RowPatch<HallwayEvent>,
): Promise<HallwayEvent> {
  const event = await write.patch('events', id, { ...changes, updatedAt: write.now });
  if (!event) throw notFound('event', id);
  return event;
}

export async function updateEvent(
  db: HallwayDatabase,
  id: string,
  changes: EventChanges,
): Promise<HallwayEvent> {
  const parsed = definedFields(eventChangesSchema.parse(changes));
  return runWrite(db, async (write) => {
    const current = await write.get('events', id);
    if (!current) throw notFound('event', id);
    const next = { ...current, ...parsed };
    if (next.endsAt !== null && next.endsAt < next.startsAt) {
      throw new WriteError('invalid-time-range', 'An event cannot end before it starts.');
    }
    return patchEvent(write, id, parsed);
  });
}

export async function trashEvent(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => patchEvent(write, id, { deletedAt: write.now }));
}

export async function restoreEvent(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => patchEvent(write, id, { deletedAt: LIVE }));
}

/**
 * Deletes a trashed event for good. The meetings logged at it are the people's history: they stay,
 * without the event. Its volunteer shifts cannot exist without it and go with it.
 */
export async function purgeEventIn(write: WriteTransaction, id: string): Promise<void> {
  const event = await write.get('events', id);
  if (!event) throw notFound('event', id);
  if (event.deletedAt === LIVE) {
    throw new WriteError('not-in-trash', 'Only an event in the trash can be purged.');
  }
  const { db } = write;
  const meetings = await db.interactions.where('eventId').equals(id).primaryKeys();
  await write.patchMany(
    'interactions',
    meetings.map((key) => ({ key, changes: { eventId: undefined, updatedAt: write.now } })),
  );
  await write.remove(
    'volunteerShifts',
    await db.volunteerShifts.where('eventId').equals(id).primaryKeys(),
  );
  await write.remove('events', [id]);
}

export async function purgeEvent(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => purgeEventIn(write, id));
}

/** The volunteer roles an event's roster needs, in the organizer's order. */
export async function setEventRoleNeeds(
  db: HallwayDatabase,
  eventId: string,
  needs: readonly EventRoleNeed[],
): Promise<void> {
  const volunteerRoles = eventRoleNeedsSchema.parse(needs);
  await runWrite(db, (write) => patchEvent(write, eventId, { volunteerRoles }));
}
