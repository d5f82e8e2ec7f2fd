// Introductions between two people. One row per pair, whichever way round it was asked for: the
// pair is stored ordered (aId < bId) and proposing a pair that exists updates that row (bringing
// it back from the trash if needed) instead of adding a second one. Each status change stamps the
// time it was reached in statusDates; madeAt is when the introduction was actually made.
import { z } from 'zod';
import {
  INTRODUCTION_STATUSES,
  LIVE,
  type Introduction,
  type IntroductionStatus,
} from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import { notFound, WriteError } from '../data/writes/write-error';
import { definedFields } from '../data/writes/defined-fields';

const MADE_STATUSES: ReadonlySet<IntroductionStatus> = new Set(['made', 'connected']);

export const newIntroductionSchema = z.object({
  personIds: z.tuple([z.string().min(1), z.string().min(1)]),
  reason: z.string().trim().max(10_000).default(''),
  /** Defaults to 'idea' for a new pair; an existing pair keeps its status unless one is given. */
  status: z.enum(INTRODUCTION_STATUSES).optional(),
});
export type NewIntroductionInput = z.input<typeof newIntroductionSchema>;

/** The stored order of a pair: the smaller id first. */
export function orderedPair(first: string, second: string): [aId: string, bId: string] {
  return first < second ? [first, second] : [second, first];
}

export function findIntroduction(
  db: HallwayDatabase,
  first: string,
  second: string,
): Promise<Introduction | undefined> {
  return db.introductions.where('[aId+bId]').equals(orderedPair(first, second)).first();
}

function statusPatch(current: Introduction | undefined, status: IntroductionStatus, at: number) {
  const madeAt = current?.madeAt ?? null;
  return {
    status,
    statusDates: { ...current?.statusDates, [status]: at },
    madeAt: madeAt === null && MADE_STATUSES.has(status) ? at : madeAt,
  };
}

export async function proposeIntroduction(
  db: HallwayDatabase,
  input: NewIntroductionInput,
): Promise<Introduction> {
  const { personIds, reason, status } = newIntroductionSchema.parse(input);
  const [aId, bId] = orderedPair(...personIds);
  if (aId === bId)
    throw new WriteError('same-person', 'A person cannot be introduced to themselves.');
  return db.transaction('rw', [db.introductions, db.people], async () => {
    for (const id of [aId, bId]) if (!(await db.people.get(id))) throw notFound('person', id);
    const now = Date.now();
    const existing = await findIntroduction(db, aId, bId);
    if (existing) {
      const patch = {
        ...(status === undefined || status === existing.status
          ? {}
          : statusPatch(existing, status, now)),
        reason: reason === '' ? existing.reason : reason,
        deletedAt: LIVE,
        updatedAt: now,
      };
      await db.introductions.update(existing.id, patch);
      return { ...existing, ...patch };
    }
    const introduction: Introduction = {
      id: crypto.randomUUID(),
      createdAt: now,
      updatedAt: now,
      deletedAt: LIVE,
      aId,
      bId,
      reason,
      outcome: '',
      ...statusPatch(undefined, status ?? 'idea', now),
    };
    await db.introductions.add(introduction);
    return introduction;
  });
}

export async function setIntroductionStatus(
  db: HallwayDatabase,
  id: string,
  status: IntroductionStatus,
  at: number = Date.now(),
): Promise<Introduction> {
  z.enum(INTRODUCTION_STATUSES).parse(status);
  return db.transaction('rw', db.introductions, async () => {
    const current = await db.introductions.get(id);
    if (!current) throw notFound('introduction', id);
    const patch = { ...statusPatch(current, status, at), updatedAt: Date.now() };
    await db.introductions.update(id, patch);
    return { ...current, ...patch };
  });
}

export const introductionChangesSchema = z
  .object({ reason: z.string().trim().max(10_000), outcome: z.string().trim().max(10_000) })
  .partial();
export type IntroductionChanges = z.input<typeof introductionChangesSchema>;

export async function updateIntroduction(
  db: HallwayDatabase,
  id: string,
  changes: IntroductionChanges,
): Promise<void> {
  const parsed = definedFields(introductionChangesSchema.parse(changes));
  const changed = await db.introductions.update(id, { ...parsed, updatedAt: Date.now() });
  if (changed === 0) throw notFound('introduction', id);
}

async function setDeletedAt(db: HallwayDatabase, id: string, deletedAt: number): Promise<void> {
  const changed = await db.introductions.update(id, { deletedAt, updatedAt: Date.now() });
  if (changed === 0) throw notFound('introduction', id);
}

export function trashIntroduction(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, Date.now());
}

export function restoreIntroduction(db: HallwayDatabase, id: string): Promise<void> {
  return setDeletedAt(db, id, LIVE);
}
