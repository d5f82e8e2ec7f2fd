// Follow-ups are computed from rules (shared/) and shown on the Today view; only what the user
// did with one is stored here, so that it is not suggested again: done, dismissed, or snoozed
// until a date. A suggestion is identified by its person and its rule string (which already
// carries what makes it unique, e.g. 'met-after-event:<eventId>'), so acting on the same
// suggestion twice updates one row. The user can also add a follow-up of their own.
import { z } from 'zod';
import type { FollowUp, FollowUpStatus } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import { notFound } from './repository-error';

export const followUpSuggestionSchema = z.object({
  personId: z.string().min(1),
  rule: z.string().min(1).max(500),
  dueAt: z.number().int(),
  reason: z.string().trim().max(10_000),
});
export type FollowUpSuggestion = z.input<typeof followUpSuggestionSchema>;

export function findFollowUp(
  db: HallwayDatabase,
  personId: string,
  rule: string,
): Promise<FollowUp | undefined> {
  return db.followUps
    .where('rule')
    .equals(rule)
    .filter((followUp) => followUp.personId === personId)
    .first();
}

async function recordFollowUp(
  db: HallwayDatabase,
  suggestion: FollowUpSuggestion,
  status: FollowUpStatus,
  dueAt?: number,
): Promise<FollowUp> {
  const parsed = followUpSuggestionSchema.parse(suggestion);
  return db.transaction('rw', [db.followUps, db.people], async () => {
    if (!(await db.people.get(parsed.personId))) throw notFound('person', parsed.personId);
    const now = Date.now();
    const existing = await findFollowUp(db, parsed.personId, parsed.rule);
    const followUp: FollowUp = {
      ...parsed,
      id: existing?.id ?? crypto.randomUUID(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      status,
      dueAt: dueAt ?? parsed.dueAt,
    };
    if (existing) {
      const { id, ...changes } = followUp;
      await db.followUps.update(id, changes);
    } else {
      await db.followUps.add(followUp);
    }
    return followUp;
  });
}

export function completeFollowUp(db: HallwayDatabase, suggestion: FollowUpSuggestion) {
  return recordFollowUp(db, suggestion, 'done');
}

export function dismissFollowUp(db: HallwayDatabase, suggestion: FollowUpSuggestion) {
  return recordFollowUp(db, suggestion, 'dismissed');
}

/** Hides the suggestion until `until`, when it comes back as due. */
export function snoozeFollowUp(db: HallwayDatabase, suggestion: FollowUpSuggestion, until: number) {
  return recordFollowUp(db, suggestion, 'snoozed', z.number().int().parse(until));
}

/** A follow-up the user adds by hand ("call Ada next Tuesday"): open until done. */
export function addFollowUp(
  db: HallwayDatabase,
  input: { personId: string; dueAt: number; reason: string },
): Promise<FollowUp> {
  return recordFollowUp(db, { ...input, rule: `manual:${crypto.randomUUID()}` }, 'open');
}
