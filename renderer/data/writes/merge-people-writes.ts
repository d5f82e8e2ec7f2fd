// Merging two records of one person, in ONE write (docs/architecture.md, "One write path"): the
// kept person takes the merged fields (shared/people/merge-people; the write derives their keys),
// everything that pointed at the other one (interactions, volunteer shifts, follow-ups,
// introductions) now points at the kept one, and the other goes to the trash marked as merged into
// the kept one (mergedIntoId: the trash does not offer to restore it). Introductions stay
// one row per ordered pair: a re-pointed pair is re-ordered (aId < bId), and one that would pair
// the person with themselves, or repeat a pair the kept person already has, is trashed instead,
// keeping its old pair so no two rows ever share one. Relationships move the same way: one between
// the two records is trashed, and one the kept person already has live (the same kind with the
// same person) is trashed rather than moved, so the kept person says it once.
// The merge returns an undo token: the rows it touched as they were, and the values it gave the
// kept person's fields. undoMerge patches back only what nobody changed since: a field of the kept
// person that still holds the merged value, a row that still points at the kept person. An edit
// made after the merge is never overwritten; the undo says which fields it kept as edited.
import {
  LIVE,
  type FollowUp,
  type Interaction,
  type Introduction,
  type Person,
  type Relationship,
  type VolunteerShift,
  type WritablePerson,
} from '../../../shared/domain/entities';
import { mergedPerson, type MergeChoices } from '../../../shared/people/merge-people';
import type { HallwayDatabase } from '../../db/database';
import { orderedPair } from '../../repositories/introductions-repository';
import { sameRelationship } from './relationships-writes';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { notFound, WriteError } from './write-error';

export interface MergeUndoToken {
  keptId: string;
  otherId: string;
  /** The kept and the other person as they were. */
  people: Person[];
  /** The values the merge gave the kept person's fields (only those it changed). */
  keptChanges: RowPatch<Person>;
  interactions: Interaction[];
  volunteerShifts: VolunteerShift[];
  followUps: FollowUp[];
  introductions: Introduction[];
  relationships: Relationship[];
}

export interface MergeUndoResult {
  /** Fields of the kept person edited since the merge: left as edited, not put back. */
  keptAsEdited: (keyof Person)[];
}

/** Fields the merge sets that the user does not edit (lastContactAt follows the interactions). */
const BOOKKEEPING: readonly (keyof Person)[] = ['createdAt', 'updatedAt', 'lastContactAt'];

/** Values compared by content (lists too). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of `next` that differ from `current`. */
function changedFields(current: Person, next: WritablePerson): RowPatch<Person> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof WritablePerson)[]) {
    if (!sameValue(current[key], next[key])) patch[key] = next[key];
  }
  return patch as RowPatch<Person>;
}

async function repointIntroductions(
  write: WriteTransaction,
  keptId: string,
  otherId: string,
): Promise<Introduction[]> {
  const { introductions } = write.db;
  const theirs = await introductions
    .where('aId')
    .equals(otherId)
    .or('bId')
    .equals(otherId)
    .toArray();
  for (const introduction of theirs) {
    const partnerId = introduction.aId === otherId ? introduction.bId : introduction.aId;
    const [aId, bId] = orderedPair(keptId, partnerId);
    const repeats =
      partnerId !== keptId &&
      (await introductions.where('[aId+bId]').equals([aId, bId]).count()) > 0;
    if (partnerId === keptId || repeats) {
      if (introduction.deletedAt === LIVE) {
        await write.patch('introductions', introduction.id, {
          deletedAt: write.now,
          updatedAt: write.now,
        });
      }
    } else {
      await write.patch('introductions', introduction.id, { aId, bId, updatedAt: write.now });
    }
  }
  return theirs;
}

async function repointRelationships(
  write: WriteTransaction,
  keptId: string,
  otherId: string,
): Promise<Relationship[]> {
  const { relationships } = write.db;
  const theirs = await relationships
    .where('fromId')
    .equals(otherId)
    .or('toId')
    .equals(otherId)
    .toArray();
  const keptLive = (
    await relationships.where('fromId').equals(keptId).or('toId').equals(keptId).toArray()
  ).filter((row) => row.deletedAt === LIVE);
  for (const relationship of theirs) {
    const fromId = relationship.fromId === otherId ? keptId : relationship.fromId;
    const toId = relationship.toId === otherId ? keptId : relationship.toId;
    const repeats = keptLive.some((row) => sameRelationship(row, fromId, toId, relationship.kind));
    if (fromId === toId || repeats) {
      if (relationship.deletedAt === LIVE) {
        await write.patch('relationships', relationship.id, {
          deletedAt: write.now,
          updatedAt: write.now,
        });
      }
    } else {
      await write.patch('relationships', relationship.id, { fromId, toId, updatedAt: write.now });
    }
  }
  return theirs;
}

/**
 * Merges `otherId` into `keptId`; `choices` pick the other side's value for conflicting single
 * fields. Returns what undoMerge needs to put every touched row back.
 */
export async function mergePeople(
  db: HallwayDatabase,
  keptId: string,
  otherId: string,
  choices: MergeChoices = {},
): Promise<MergeUndoToken> {
  if (keptId === otherId) {
    throw new WriteError('same-person', 'A person cannot be merged with themselves.');
  }
  return runWrite(db, async (write) => {
    const [kept, other] = await write.db.people.bulkGet([keptId, otherId]);
    if (!kept) throw notFound('person', keptId);
    if (!other) throw notFound('person', otherId);
    const { now } = write;
    const interactions = await write.db.interactions
      .where('[personId+at]')
      .between([otherId, -Infinity], [otherId, Infinity])
      .toArray();
    const volunteerShifts = await write.db.volunteerShifts
      .where('personId')
      .equals(otherId)
      .toArray();
    const followUps = await write.db.followUps.where('personId').equals(otherId).toArray();

    const patch = changedFields(kept, mergedPerson(kept, other, choices));
    await write.patch('people', keptId, { ...patch, updatedAt: now });
    await write.patch('people', otherId, { deletedAt: now, mergedIntoId: keptId, updatedAt: now });
    const repoint = <T extends { id: string }>(rows: readonly T[]) =>
      rows.map(({ id }) => ({ key: id, changes: { personId: keptId, updatedAt: now } }));
    await write.patchMany('interactions', repoint(interactions));
    await write.patchMany('volunteerShifts', repoint(volunteerShifts));
    await write.patchMany('followUps', repoint(followUps));
    const introductions = await repointIntroductions(write, keptId, otherId);
    const relationships = await repointRelationships(write, keptId, otherId);

    return {
      keptId,
      otherId,
      people: [kept, other],
      keptChanges: patch,
      interactions,
      volunteerShifts,
      followUps,
      introductions,
      relationships,
    };
  });
}

/** The values `row` held in `fields`, as a patch (a field it lacked is removed again). */
function valuesOf<T extends object>(row: T, fields: readonly (keyof T)[]): RowPatch<T> {
  const patch: RowPatch<T> = {};
  for (const field of fields) patch[field] = row[field];
  return patch;
}

/**
 * Puts back what the merge changed and nobody changed since, field by field on the stored rows, in
 * one write. Returns the kept person's fields left as edited after the merge.
 */
export async function undoMerge(
  db: HallwayDatabase,
  token: MergeUndoToken,
): Promise<MergeUndoResult> {
  return runWrite(db, async (write) => {
    const restore = <T extends { id: string; updatedAt: number }>(
      rows: readonly T[],
      fields: readonly (keyof T)[],
    ) =>
      rows.map((row) => ({
        key: row.id,
        changes: { ...valuesOf(row, fields), updatedAt: write.now } as RowPatch<T>,
      }));
    /** The rows that still point at the kept person (one moved on since stays where it is). */
    const stillMoved = async <T extends { id: string; personId: string }>(
      table: 'interactions' | 'volunteerShifts' | 'followUps',
      rows: readonly T[],
    ) => {
      const now = await write.db.table(table).bulkGet(rows.map((row) => row.id));
      return rows.filter((_, index) => now[index]?.personId === token.keptId);
    };
    const [kept, other] = token.people;
    const current = await write.get('people', token.keptId);
    const fields = Object.keys(token.keptChanges) as (keyof Person)[];
    const untouched = fields.filter((field) =>
      sameValue(current?.[field], token.keptChanges[field]),
    );
    await write.patchMany('people', [
      ...restore([kept], untouched),
      ...restore([other], ['deletedAt', 'mergedIntoId']),
    ]);
    const interactions = await stillMoved('interactions', token.interactions);
    const volunteerShifts = await stillMoved('volunteerShifts', token.volunteerShifts);
    const followUps = await stillMoved('followUps', token.followUps);
    await write.patchMany('interactions', restore(interactions, ['personId']));
    await write.patchMany('volunteerShifts', restore(volunteerShifts, ['personId']));
    await write.patchMany('followUps', restore(followUps, ['personId']));
    await write.patchMany(
      'introductions',
      restore(token.introductions, ['aId', 'bId', 'deletedAt']),
    );
    await write.patchMany(
      'relationships',
      restore(token.relationships, ['fromId', 'toId', 'deletedAt']),
    );
    const edited = fields.filter((field) => !untouched.includes(field));
    return { keptAsEdited: edited.filter((field) => !BOOKKEEPING.includes(field)) };
  });
}
