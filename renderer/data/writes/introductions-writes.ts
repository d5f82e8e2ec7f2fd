// Writes of introductions between two people (docs/architecture.md, "One write path"). One row per
// pair, whichever way round it was asked for: the pair is stored ordered (aId < bId) and proposing
// a pair that exists changes that row (bringing it back from the trash if needed) instead of
// adding a second one. Each status change stamps the time it was reached in statusDates; madeAt is
// when the introduction was actually made. The reads (orderedPair, findIntroduction) are in
// renderer/repositories/introductions-repository.
import { z } from 'zod';
import {
  INTRODUCTION_STATUSES,
  LIVE,
  type Introduction,
  type IntroductionStatus,
} from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { findIntroduction, orderedPair } from '../../repositories/introductions-repository';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';
import { definedFields } from './defined-fields';
import { notFound, WriteError } from './write-error';

const MADE_STATUSES: ReadonlySet<IntroductionStatus> = new Set(['made', 'connected']);

const topicKeys = z.array(z.string().max(200)).max(100);

/** A suggestion's reasons as data (shared/introductions/introduction-reason-facts). */
const reasonFactsSchema = z.object({
  personId: z.string().min(1),
  candidateId: z.string().min(1),
  reasons: z.object({
    candidateOffers: topicKeys,
    personOffers: topicKeys,
    sharedInterests: topicKeys,
    sharedLanguages: topicKeys,
    sameCity: z.string().max(300).nullable(),
    sharedUpcomingEventIds: topicKeys,
  }),
});

export const newIntroductionSchema = z.object({
  personIds: z.tuple([z.string().min(1), z.string().min(1)]),
  reason: z.string().trim().max(10_000).default(''),
  /** Set when `reason` is a suggestion's explanation as it was offered, unedited. */
  reasonFacts: reasonFactsSchema.optional(),
  /** Defaults to 'idea' for a new pair; an existing pair keeps its status unless one is given. */
  status: z.enum(INTRODUCTION_STATUSES).optional(),
});
export type NewIntroductionInput = z.input<typeof newIntroductionSchema>;

export const introductionChangesSchema = z
  .object({ reason: z.string().trim().max(10_000), outcome: z.string().trim().max(10_000) })
  .partial();
export type IntroductionChanges = z.input<typeof introductionChangesSchema>;

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
  const { personIds, reason, reasonFacts, status } = newIntroductionSchema.parse(input);
  const [aId, bId] = orderedPair(...personIds);
  if (aId === bId)
    throw new WriteError('same-person', 'A person cannot be introduced to themselves.');
  return runWrite(db, async (write) => {
    for (const id of [aId, bId]) if (!(await write.get('people', id))) throw notFound('person', id);
    const existing = await findIntroduction(write.db, aId, bId);
    if (existing) {
      const changed = await write.patch('introductions', existing.id, {
        ...(status === undefined || status === existing.status
          ? {}
          : statusPatch(existing, status, write.now)),
        ...(reason !== '' && { reason, reasonFacts }),
        deletedAt: LIVE,
        updatedAt: write.now,
      });
      return changed!;
    }
    const [introduction] = await write.insert('introductions', [
      {
        id: crypto.randomUUID(),
        createdAt: write.now,
        updatedAt: write.now,
        deletedAt: LIVE,
        aId,
        bId,
        reason,
        ...(reasonFacts && { reasonFacts }),
        outcome: '',
        ...statusPatch(undefined, status ?? 'idea', write.now),
      },
    ]);
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
  return runWrite(db, async (write) => {
    const current = await write.get('introductions', id);
    if (!current) throw notFound('introduction', id);
    const changed = await write.patch('introductions', id, {
      ...statusPatch(current, status, at),
      updatedAt: write.now,
    });
    return changed!;
  });
}

/** Patches an introduction, refusing one that is not stored. */
async function patchIntroduction(
  write: WriteTransaction,
  id: string,
  changes: Partial<Introduction>,
): Promise<void> {
  const changed = await write.patch('introductions', id, { ...changes, updatedAt: write.now });
  if (!changed) throw notFound('introduction', id);
}

export async function updateIntroduction(
  db: HallwayDatabase,
  id: string,
  changes: IntroductionChanges,
): Promise<void> {
  const parsed = definedFields(introductionChangesSchema.parse(changes));
  // A reason written by hand replaces the suggestion's.
  const facts = parsed.reason === undefined ? {} : { reasonFacts: undefined };
  await runWrite(db, (write) => patchIntroduction(write, id, { ...parsed, ...facts }));
}

export async function trashIntroduction(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => patchIntroduction(write, id, { deletedAt: write.now }));
}

export async function restoreIntroduction(db: HallwayDatabase, id: string): Promise<void> {
  await runWrite(db, (write) => patchIntroduction(write, id, { deletedAt: LIVE }));
}
