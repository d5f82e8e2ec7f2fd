// Merging two records of one person, in ONE write (docs/architecture.md, "One write path"): the
// kept person takes the merged fields (shared/people/merge-people; the write derives their keys),
// everything that pointed at the other one (interactions, volunteer shifts, follow-ups,
// introductions) now points at the kept one, and the other goes to the trash marked as merged into
// the kept one (mergedIntoId: the trash does not offer to restore it). Introductions stay
// one row per ordered pair: a re-pointed pair is re-ordered (aId < bId), and one that would pair
// the person with themselves, or repeat a pair the kept person already has, is trashed instead,
// keeping its old pair so no two rows ever share one.
// The merge returns an undo token: the rows it touched as they were, and which of the kept
// person's fields it changed. undoMerge patches exactly those fields back onto the rows as they
// are by then, so an edit made after the merge to another field survives the undo.
import {
  LIVE,
  type FollowUp,
  type Interaction,
  type Introduction,
  type Person,
  type VolunteerShift,
  type WritablePerson,
} from '../../../shared/domain/entities';
import { mergedPerson, type MergeChoices } from '../../../shared/people/merge-people';
import type { HallwayDatabase } from '../../db/database';
import { orderedPair } from '../../repositories/introductions-repository';
import { runWrite } from '../run-write';
import type { RowPatch, WriteTransaction } from '../write-transaction';
import { notFound, WriteError } from './write-error';

export interface MergeUndoToken {
  keptId: string;
  otherId: string;
  /** The kept and the other person as they were. */
  people: Person[];
  /** The kept person's fields the merge changed. */
  keptFields: (keyof Person)[];
  interactions: Interaction[];
  volunteerShifts: VolunteerShift[];
  followUps: FollowUp[];
  introductions: Introduction[];
}

/** The fields of `next` that differ from `current` (arrays compared by content). */
function changedFields(current: Person, next: WritablePerson): RowPatch<Person> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof WritablePerson)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) patch[key] = next[key];
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

    return {
      keptId,
      otherId,
      people: [kept, other],
      keptFields: Object.keys(patch) as (keyof Person)[],
      interactions,
      volunteerShifts,
      followUps,
      introductions,
    };
  });
}

/** The values `row` held in `fields`, as a patch (a field it lacked is removed again). */
function valuesOf<T extends object>(row: T, fields: readonly (keyof T)[]): RowPatch<T> {
  const patch: RowPatch<T> = {};
  for (const field of fields) patch[field] = row[field];
  return patch;
}

/** Puts back what the merge changed, field by field on the stored rows, in one write. */
export async function undoMerge(db: HallwayDatabase, token: MergeUndoToken): Promise<void> {
  await runWrite(db, async (write) => {
    const restore = <T extends { id: string; updatedAt: number }>(
      rows: readonly T[],
      fields: readonly (keyof T)[],
    ) =>
      rows.map((row) => ({
        key: row.id,
        changes: { ...valuesOf(row, fields), updatedAt: write.now } as RowPatch<T>,
      }));
    const [kept, other] = token.people;
    await write.patchMany('people', [
      ...restore([kept], token.keptFields),
      ...restore([other], ['deletedAt', 'mergedIntoId']),
    ]);
    await write.patchMany('interactions', restore(token.interactions, ['personId']));
    await write.patchMany('volunteerShifts', restore(token.volunteerShifts, ['personId']));
    await write.patchMany('followUps', restore(token.followUps, ['personId']));
    await write.patchMany(
      'introductions',
      restore(token.introductions, ['aId', 'bId', 'deletedAt']),
    );
  });
}
