// Interactions ("met at event E", a call, an e-mail…). Each person's lastContactAt is the time of
// their newest live interaction; it is kept right here, in the same transaction as the write that
// changes it, so the Today view and the people list can sort by it from an index. Adding one
// only moves it forward; editing, trashing or restoring one recomputes it from [personId+at].
import type { UpdateSpec } from 'dexie';
import { z } from 'zod';
import { INTERACTION_KINDS, LIVE, type Interaction } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import { notFound } from '../data/writes/write-error';
import { definedFields } from '../data/writes/defined-fields';

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

/** The newest live interaction's time for a person, 0 when there is none. */
export async function newestContactAt(db: HallwayDatabase, personId: string): Promise<number> {
  const newest = await db.interactions
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .reverse()
    .filter((interaction) => interaction.deletedAt === LIVE)
    .first();
  return newest?.at ?? 0;
}

async function refreshLastContact(db: HallwayDatabase, personId: string): Promise<void> {
  const person = await db.people.get(personId);
  if (!person) return;
  const lastContactAt = await newestContactAt(db, personId);
  if (lastContactAt !== person.lastContactAt) {
    await db.people.update(personId, { lastContactAt, updatedAt: Date.now() });
  }
}

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
    if (interaction.at > person.lastContactAt) {
      await db.people.update(person.id, { lastContactAt: interaction.at, updatedAt: now });
    }
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
    await refreshLastContact(db, current.personId);
    return next;
  });
}

async function setDeletedAt(db: HallwayDatabase, id: string, deletedAt: number): Promise<void> {
  await db.transaction('rw', [db.interactions, db.people], async () => {
    const interaction = await db.interactions.get(id);
    if (!interaction) throw notFound('interaction', id);
    await db.interactions.update(id, { deletedAt, updatedAt: Date.now() });
    await refreshLastContact(db, interaction.personId);
  });
}

export function trashInteraction(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, Date.now());
}

export function restoreInteraction(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, LIVE);
}
