// Writes of interactions ("met at event E", a call, an e-mail…; docs/architecture.md, "One write
// path"). Each person's lastContactAt follows on its own: it is derived data, kept by the latest
// interactions module (renderer/data/derived/last-contact-at) in the same write.
import { z } from 'zod';
import { INTERACTION_KINDS, LIVE, type Interaction } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { definedFields } from './defined-fields';
import { notFound, WriteError } from './write-error';

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

/** Deletes a trashed interaction for good (nothing else refers to one). */
export async function purgeInteractionIn(write: WriteTransaction, id: string): Promise<void> {
  const interaction = await write.get('interactions', id);
  if (!interaction) throw notFound('interaction', id);
  if (interaction.deletedAt === LIVE) {
    throw new WriteError('not-in-trash', 'Only an interaction in the trash can be purged.');
  }
  await write.remove('interactions', [id]);
}

export async function purgeInteraction(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => purgeInteractionIn(write, id));
}
