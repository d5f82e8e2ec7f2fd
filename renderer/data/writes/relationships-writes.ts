// Writes of relationships between two people ("knows", "works with"…; docs/architecture.md, "One
// write path"). Both ends must be live people and not the same person; saying the same kind of
// relationship again between the same two people changes that row (bringing it back from the
// trash if needed) instead of adding a second one. Trashing keeps the row for Undo and the Trash.
import { z } from 'zod';
import {
  DIRECTED_RELATIONSHIP_KINDS,
  LIVE,
  RELATIONSHIP_KINDS,
  type Relationship,
  type RelationshipKind,
} from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';
import { definedFields } from './defined-fields';
import { notFound, WriteError } from './write-error';

const relationshipFieldsSchema = z.object({
  kind: z.enum(RELATIONSHIP_KINDS),
  note: z.string().trim().max(10_000),
  since: z.number().int().nullable(),
  until: z.number().int().nullable(),
});

export const newRelationshipSchema = relationshipFieldsSchema
  .partial({ note: true, since: true, until: true })
  .extend({ fromId: z.string().min(1), toId: z.string().min(1) });
export type NewRelationshipInput = z.input<typeof newRelationshipSchema>;

export const relationshipChangesSchema = relationshipFieldsSchema.partial().extend({
  /** Turns it round: the same two people, the other one now its fromId (for a directed kind). */
  reversed: z.boolean().optional(),
});
export type RelationshipChanges = z.input<typeof relationshipChangesSchema>;

async function livePersonIn(write: WriteTransaction, id: string): Promise<void> {
  const person = await write.get('people', id);
  if (!person || person.deletedAt !== LIVE) throw notFound('person', id);
}

/** Whether two rows describe the same relationship (the same ends, either way for mutual kinds). */
export function sameRelationship(
  row: Relationship,
  fromId: string,
  toId: string,
  kind: RelationshipKind,
) {
  if (row.kind !== kind) return false;
  if (row.fromId === fromId && row.toId === toId) return true;
  return !DIRECTED_RELATIONSHIP_KINDS.has(kind) && row.fromId === toId && row.toId === fromId;
}

export async function addRelationshipIn(
  write: WriteTransaction,
  input: NewRelationshipInput,
): Promise<Relationship> {
  const { fromId, toId, kind, ...fields } = definedFields(newRelationshipSchema.parse(input));
  if (fromId === toId) {
    throw new WriteError('same-person', 'A relationship joins two different people.');
  }
  await livePersonIn(write, fromId);
  await livePersonIn(write, toId);
  const now = write.now;
  const ofEither = await write.db.relationships.where('fromId').anyOf(fromId, toId).toArray();
  // A live row first: a merge can leave a trashed twin of a live one (merge-people-writes).
  const existing = ofEither
    .filter((row) => sameRelationship(row, fromId, toId, kind))
    .sort((a, b) => a.deletedAt - b.deletedAt)[0];
  if (existing) {
    const updated = await write.patch('relationships', existing.id, {
      ...fields,
      deletedAt: LIVE,
      updatedAt: now,
    });
    if (!updated) throw notFound('relationship', existing.id);
    return updated;
  }
  const [relationship] = await write.insert('relationships', [
    {
      id: crypto.randomUUID(),
      fromId,
      toId,
      kind,
      note: '',
      since: null,
      until: null,
      ...fields,
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
    },
  ]);
  return relationship;
}

export async function addRelationship(
  db: HallwayDatabase,
  input: NewRelationshipInput,
): Promise<Relationship> {
  return runWrite(db, (write) => addRelationshipIn(write, input));
}

/**
 * Changes a relationship field by field; `reversed` swaps its two people. Refused when it would
 * then say what another live row of the same two people already says.
 */
export async function updateRelationship(
  db: HallwayDatabase,
  id: string,
  changes: RelationshipChanges,
): Promise<Relationship> {
  const { reversed, ...fields } = definedFields(relationshipChangesSchema.parse(changes));
  return runWrite(db, async (write) => {
    const current = await write.get('relationships', id);
    if (!current) throw notFound('relationship', id);
    const [fromId, toId] = reversed
      ? [current.toId, current.fromId]
      : [current.fromId, current.toId];
    const kind = fields.kind ?? current.kind;
    const ofEither = await write.db.relationships.where('fromId').anyOf(fromId, toId).toArray();
    const twin = ofEither.find(
      (row) => row.id !== id && row.deletedAt === LIVE && sameRelationship(row, fromId, toId, kind),
    );
    if (twin) {
      throw new WriteError('duplicate', 'These two people already have this relationship.');
    }
    const relationship = await write.patch('relationships', id, {
      ...fields,
      ...(reversed && { fromId, toId }),
      updatedAt: write.now,
    });
    if (!relationship) throw notFound('relationship', id);
    return relationship;
  });
}

async function setDeletedAtIn(write: WriteTransaction, id: string, deletedAt: number) {
  const relationship = await write.patch('relationships', id, { deletedAt, updatedAt: write.now });
  if (!relationship) throw notFound('relationship', id);
}

export async function trashRelationship(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => setDeletedAtIn(write, id, write.now));
}

/** Takes one out of the trash; refused when the two people have said the same thing again since. */
export async function restoreRelationship(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, async (write) => {
    const relationship = await write.get('relationships', id);
    if (!relationship) throw notFound('relationship', id);
    const { fromId, toId, kind } = relationship;
    const ofEither = await write.db.relationships.where('fromId').anyOf(fromId, toId).toArray();
    const twin = ofEither.find(
      (row) => row.id !== id && row.deletedAt === LIVE && sameRelationship(row, fromId, toId, kind),
    );
    if (twin) {
      throw new WriteError('duplicate', 'These two people already have this relationship.');
    }
    await setDeletedAtIn(write, id, LIVE);
  });
}

/** Deletes trashed relationships for good (the Trash: one, or all it lists when emptied). */
export async function purgeRelationshipsIn(
  write: WriteTransaction,
  ids: readonly string[],
): Promise<void> {
  const rows = await write.db.relationships.bulkGet([...ids]);
  rows.forEach((row, index) => {
    if (!row) throw notFound('relationship', ids[index]!);
    if (row.deletedAt === LIVE) {
      throw new WriteError('not-in-trash', 'Only a relationship in the trash can be purged.');
    }
  });
  await write.remove('relationships', ids);
}

export async function purgeRelationship(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => purgeRelationshipsIn(write, [id]));
}
