// Events: create, edit (partial update()), trash and restore. Interactions and volunteer shifts
// keep pointing at a trashed event, so restoring it brings the whole history back.
import { LIVE, type HallwayEvent } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import {
  eventChangesSchema,
  newEventSchema,
  type EventChanges,
  type NewEventInput,
} from '../data/writes/event-input';
import { notFound, WriteError } from '../data/writes/write-error';
import { definedFields } from '../data/writes/defined-fields';

export function getEvent(db: HallwayDatabase, id: string): Promise<HallwayEvent | undefined> {
  return db.events.get(id);
}

export async function createEvent(
  db: HallwayDatabase,
  input: NewEventInput,
): Promise<HallwayEvent> {
  const fields = definedFields(newEventSchema.parse(input));
  const now = Date.now();
  const event: HallwayEvent = {
    series: '',
    kind: 'meetup',
    endsAt: null,
    location: '',
    url: '',
    myRole: 'attendee',
    notes: '',
    ...fields,
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    deletedAt: LIVE,
  };
  await db.events.add(event);
  return event;
}

export async function updateEvent(
  db: HallwayDatabase,
  id: string,
  changes: EventChanges,
): Promise<HallwayEvent> {
  const parsed = definedFields(eventChangesSchema.parse(changes));
  return db.transaction('rw', db.events, async () => {
    const current = await db.events.get(id);
    if (!current) throw notFound('event', id);
    const next: HallwayEvent = { ...current, ...parsed, updatedAt: Date.now() };
    if (next.endsAt !== null && next.endsAt < next.startsAt) {
      throw new WriteError('invalid-time-range', 'An event cannot end before it starts.');
    }
    await db.events.update(id, { ...parsed, updatedAt: next.updatedAt });
    return next;
  });
}

async function setDeletedAt(db: HallwayDatabase, id: string, deletedAt: number): Promise<void> {
  const changed = await db.events.update(id, { deletedAt, updatedAt: Date.now() });
  if (changed === 0) throw notFound('event', id);
}

export function trashEvent(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, Date.now());
}

export function restoreEvent(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, LIVE);
}
