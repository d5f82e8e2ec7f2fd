// Merging two records of one person, in ONE transaction: the kept person takes the merged fields
// (shared/people/merge-people), everything that pointed at the other one (interactions, volunteer
// shifts, follow-ups, introductions) now points at the kept one, and the other goes to the trash.
// Introductions stay one row per ordered pair: a re-pointed pair is re-ordered (aId < bId), and
// one that would pair the person with themselves, or repeat a pair the kept person already has,
// is trashed instead, keeping its old pair so no two rows ever share one.
// The merge returns an undo token holding a snapshot of every row it touched; undoMerge puts
// those rows back as they were (with a new updatedAt, so that anything following changes sees it).
import {
  LIVE,
  type FollowUp,
  type Interaction,
  type Introduction,
  type Person,
  type VolunteerShift,
} from '../../shared/domain/entities';
import { mergedPerson, type MergeChoices } from '../../shared/people/merge-people';
import type { HallwayDatabase } from '../db/database';
import { orderedPair } from './introductions-repository';
import { notFound, WriteError } from '../data/writes/write-error';

export interface MergeUndoToken {
  keptId: string;
  otherId: string;
  people: Person[];
  interactions: Interaction[];
  volunteerShifts: VolunteerShift[];
  followUps: FollowUp[];
  introductions: Introduction[];
}

const tablesOf = (db: HallwayDatabase) => [
  db.people,
  db.interactions,
  db.volunteerShifts,
  db.followUps,
  db.introductions,
];

/** The fields of `next` that differ from `current` (arrays compared by content). */
function changedFields(current: Person, next: Person): Partial<Person> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof Person)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) patch[key] = next[key];
  }
  return patch as Partial<Person>;
}

async function repointIntroductions(
  db: HallwayDatabase,
  keptId: string,
  otherId: string,
  now: number,
): Promise<Introduction[]> {
  const theirs = await db.introductions
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
      (await db.introductions.where('[aId+bId]').equals([aId, bId]).count()) > 0;
    if (partnerId === keptId || repeats) {
      if (introduction.deletedAt === LIVE) {
        await db.introductions.update(introduction.id, { deletedAt: now, updatedAt: now });
      }
    } else {
      await db.introductions.update(introduction.id, { aId, bId, updatedAt: now });
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
  return db.transaction('rw', tablesOf(db), async () => {
    const [kept, other] = await db.people.bulkGet([keptId, otherId]);
    if (!kept) throw notFound('person', keptId);
    if (!other) throw notFound('person', otherId);
    const now = Date.now();
    const interactions = await db.interactions
      .where('[personId+at]')
      .between([otherId, -Infinity], [otherId, Infinity])
      .toArray();
    const volunteerShifts = await db.volunteerShifts.where('personId').equals(otherId).toArray();
    const followUps = await db.followUps.where('personId').equals(otherId).toArray();

    const patch = changedFields(kept, mergedPerson(kept, other, choices));
    await db.people.update(keptId, { ...patch, updatedAt: now });
    await db.people.update(otherId, { deletedAt: now, updatedAt: now });
    const repoint = { personId: keptId, updatedAt: now };
    await db.interactions.bulkUpdate(interactions.map(({ id }) => ({ key: id, changes: repoint })));
    await db.volunteerShifts.bulkUpdate(
      volunteerShifts.map(({ id }) => ({ key: id, changes: repoint })),
    );
    await db.followUps.bulkUpdate(followUps.map(({ id }) => ({ key: id, changes: repoint })));
    const introductions = await repointIntroductions(db, keptId, otherId, now);

    return {
      keptId,
      otherId,
      people: [kept, other],
      interactions,
      volunteerShifts,
      followUps,
      introductions,
    };
  });
}

/** Puts back every row the merge touched, as it was before, in one transaction. */
export async function undoMerge(db: HallwayDatabase, token: MergeUndoToken): Promise<void> {
  const now = Date.now();
  const restamp = <T extends { updatedAt: number }>(rows: readonly T[]): T[] =>
    rows.map((row) => ({ ...row, updatedAt: now }));
  await db.transaction('rw', tablesOf(db), async () => {
    await db.people.bulkPut(restamp(token.people));
    await db.interactions.bulkPut(restamp(token.interactions));
    await db.volunteerShifts.bulkPut(restamp(token.volunteerShifts));
    await db.followUps.bulkPut(restamp(token.followUps));
    await db.introductions.bulkPut(restamp(token.introductions));
  });
}
