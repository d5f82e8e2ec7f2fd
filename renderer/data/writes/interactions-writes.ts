// Writes of interactions ("met at event E", a call, an e-mail…; docs/architecture.md, "One write
// path"). Each person's lastContactAt is the time of their newest live interaction; it is kept
// right here, in the same write as the change of an interaction, so the Today view and the people
// list can sort by it from an index. Adding one only moves it forward; editing, trashing or
// restoring one recomputes it from [personId+at]. The reads are in
// renderer/repositories/interactions-repository.
import { z } from 'zod';
import { INTERACTION_KINDS, LIVE, type Interaction } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { newestContactAt } from '../../repositories/interactions-repository';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { definedFields } from './defined-fields';
import { notFound } from './write-error';

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

async function refreshLastContact(write: WriteTransaction, personId: string): Promise<void> {
  const person = await write.get('people', personId);
  if (!person) return;
  const lastContactAt = await newestContactAt(write.db, personId);
  if (lastContactAt !== person.lastContactAt) {
    await write.patch('people', personId, { lastContactAt, updatedAt: write.now });
  }
}

export async function logInteractionIn(
  write: WriteTransaction,
  input: NewInteractionInput,
): Promise<Interaction> {
  const { eventId, ...fields } = definedFields(newInteractionSchema.parse(input));
  const person = await write.get('people', fields.personId);
  if (!person) throw notFound('person', fields.personId);
  if (eventId !== undefined && !(await write.get('events', eventId))) {
    throw notFound('event', eventId);
  }
  const now = write.now;
  const [interaction] = await write.insert('interactions', [
    {
      note: '',
      ...fields,
      ...(eventId === undefined ? {} : { eventId }),
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
    },
  ]);
  if (interaction.at > person.lastContactAt) {
    await write.patch('people', person.id, { lastContactAt: interaction.at, updatedAt: now });
  }
  return interaction;
}

export async function logInteraction(
  db: HallwayDatabase,
  input: NewInteractionInput,
): Promise<Interaction> {
  return runWrite(db, (write) => logInteractionIn(write, input));
}

export async function updateInteraction(
  db: HallwayDatabase,
  id: string,
  changes: InteractionChanges,
): Promise<Interaction> {
  const { eventId, ...fields } = definedFields(interactionChangesSchema.parse(changes));
  return runWrite(db, async (write) => {
    const patch: RowPatch<Interaction> = { ...fields, updatedAt: write.now };
    // A field patched to undefined is removed: that is how an event link is cleared.
    if (eventId !== undefined) patch.eventId = eventId ?? undefined;
    const interaction = await write.patch('interactions', id, patch);
    if (!interaction) throw notFound('interaction', id);
    await refreshLastContact(write, interaction.personId);
    return interaction;
  });
}

async function setDeletedAtIn(
  write: WriteTransaction,
  id: string,
  deletedAt: number,
): Promise<void> {
  const interaction = await write.patch('interactions', id, { deletedAt, updatedAt: write.now });
  if (!interaction) throw notFound('interaction', id);
  await refreshLastContact(write, interaction.personId);
}

export async function trashInteractionIn(write: WriteTransaction, id: string): Promise<void> {
  await setDeletedAtIn(write, id, write.now);
}

export async function trashInteraction(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => trashInteractionIn(write, id));
}

export async function restoreInteraction(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => setDeletedAtIn(write, id, LIVE));
}
