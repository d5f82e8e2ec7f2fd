// Interactions ("met at event E", a call, an e-mail…). Each person's lastContactAt, the time of
// their newest live interaction, is derived data: the latest interactions module keeps it
// (renderer/data/derived/last-contact-at) on every write that goes through runWrite.
import type { UpdateSpec } from 'dexie';
import { z } from 'zod';
import { INTERACTION_KINDS, LIVE, type Interaction } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import { notFound } from './repository-error';
import { definedFields } from './defined-fields';

const interactionFieldsSchema = z.object({
  personId: z.string().min(1),
  at: z.number().int(),
  kind: z.enum(INTERACTION_KINDS),
  eventId: z.string().min(1).optional(),
  note: z.string().max(100_000),
});

export const newInteractionSchema = interactionFieldsSchema.partial({ note: true });
export type NewInteractionInput = z.input<typeof newInteractionSchema>;

export const interactionChangesSchema = interactionFieldsSchema
  .omit({ personId: true })
  .extend({ eventId: z.string().min(1).nullable() })
  .partial();
export type InteractionChanges = z.input<typeof interactionChangesSchema>;

export async function logInteraction(
  db: HallwayDatabase,
  input: NewInteractionInput,
): Promise<Interaction> {
  const { eventId, ...fields } = definedFields(newInteractionSchema.parse(input));
  return db.transaction('rw', [db.interactions, db.people, db.events], async () => {
    const person = await db.people.get(fields.personId);
    if (!person) throw notFound('person', fields.personId);
    if (eventId !== undefined && !(await db.events.get(eventId))) throw notFound('event', eventId);
    const now = Date.now();
    const interaction: Interaction = {
      note: '',
      ...fields,
      ...(eventId === undefined ? {} : { eventId }),
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
    };
    await db.interactions.add(interaction);
    return interaction;
  });
}

export async function updateInteraction(
  db: HallwayDatabase,
  id: string,
  changes: InteractionChanges,
): Promise<Interaction> {
  const { eventId, ...fields } = definedFields(interactionChangesSchema.parse(changes));
  return db.transaction('rw', [db.interactions, db.people], async () => {
    const current = await db.interactions.get(id);
    if (!current) throw notFound('interaction', id);
    const now = Date.now();
    const next: Interaction = { ...current, ...fields, updatedAt: now };
    if (eventId === null) delete next.eventId;
    else if (eventId !== undefined) next.eventId = eventId;
    const patch: UpdateSpec<Interaction> = { ...fields, updatedAt: now };
    // Dexie removes a property updated to undefined: that is how an event link is cleared.
    if (eventId !== undefined) patch.eventId = eventId ?? undefined;
    await db.interactions.update(id, patch);
    return next;
  });
}

async function setDeletedAt(db: HallwayDatabase, id: string, deletedAt: number): Promise<void> {
  await db.transaction('rw', [db.interactions, db.people], async () => {
    const interaction = await db.interactions.get(id);
    if (!interaction) throw notFound('interaction', id);
    await db.interactions.update(id, { deletedAt, updatedAt: Date.now() });
  });
}

export function trashInteraction(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, Date.now());
}

export function restoreInteraction(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, LIVE);
}
