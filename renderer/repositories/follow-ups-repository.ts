// Follow-ups are computed from rules (shared/) and shown on the Today view; only what the user
// did with one is stored here, so that it is not suggested again: done, dismissed, or snoozed
// until a date. A suggestion is identified by its person and its rule string (which already
// carries what makes it unique, e.g. 'met-after-event:<eventId>'), so acting on the same
// suggestion twice updates one row. The user can also add a follow-up of their own.
import { z } from 'zod';
import type { FollowUp, FollowUpStatus, InteractionKind } from '../../shared/domain/entities';
import type { HallwayDatabase } from '../db/database';
import { logInteraction, trashInteraction } from './interactions-repository';
import { notFound } from '../data/writes/write-error';

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

/** A suggestion from the follow-up rules (shared/follow-ups), as far as storing an action goes. */
export interface SuggestionRef {
  key: string;
  personIds: readonly string[];
  dueAt: number;
  /** The rule's name, kept as the stored row's reason. */
  rule: string;
}

export type SuggestionAction =
  | { type: 'done'; interaction?: { kind: InteractionKind; at: number; note?: string } }
  | { type: 'snooze'; until: number }
  | { type: 'dismiss' };

/** What undoing an action puts back: the row as it was (or none) and the interactions logged. */
export interface SuggestionActionUndo {
  key: string;
  previous: FollowUp | undefined;
  interactionIds: string[];
}

/**
 * Stores what the user did with a suggestion under its key, in one transaction. Done with an
 * interaction logs it for every person of the suggestion (which moves their last contact, and so
 * their keep-in-touch due date).
 */
export async function actOnSuggestion(
  db: HallwayDatabase,
  suggestion: SuggestionRef,
  action: SuggestionAction,
): Promise<SuggestionActionUndo> {
  const [personId] = suggestion.personIds;
  if (personId === undefined) throw notFound('person', '');
  const stored = {
    personId,
    rule: suggestion.key,
    dueAt: suggestion.dueAt,
    reason: suggestion.rule,
  };
  return db.transaction('rw', [db.followUps, db.people, db.interactions, db.events], async () => {
    const previous = await db.followUps.where('rule').equals(suggestion.key).first();
    const interactionIds: string[] = [];
    if (action.type === 'done') {
      if (action.interaction) {
        for (const id of suggestion.personIds) {
          const logged = await logInteraction(db, { ...action.interaction, personId: id });
          interactionIds.push(logged.id);
        }
      }
      await completeFollowUp(db, stored);
    } else if (action.type === 'snooze') {
      await snoozeFollowUp(db, stored, action.until);
    } else {
      await dismissFollowUp(db, stored);
    }
    return { key: suggestion.key, previous, interactionIds };
  });
}

/** Takes an action back: the logged interactions go to the trash and the row is as it was. */
export async function undoSuggestionAction(
  db: HallwayDatabase,
  undo: SuggestionActionUndo,
): Promise<void> {
  await db.transaction('rw', [db.followUps, db.people, db.interactions], async () => {
    for (const id of undo.interactionIds) await trashInteraction(db, id);
    if (undo.previous) await db.followUps.put(undo.previous);
    else await db.followUps.where('rule').equals(undo.key).delete();
  });
}
