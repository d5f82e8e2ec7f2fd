// Writes of follow-ups (docs/architecture.md, "One write path"). Follow-ups are computed from rules
// (shared/) and shown on the Today view; only what the user did with one is stored here, so that
// it is not suggested again: done, dismissed, or snoozed until a date. A suggestion is identified
// by its person and its rule string (which already carries what makes it unique, e.g.
// 'met-after-event:<eventId>'), so acting on the same suggestion twice changes one row. The user
// can also add a follow-up of their own. The read (findFollowUp) is in
// renderer/repositories/follow-ups-repository.
import { z } from 'zod';
import type { FollowUp, FollowUpStatus, InteractionKind } from '../../../shared/domain/entities';
import type { HallwayDatabase } from '../../db/database';
import { findFollowUp } from '../../repositories/follow-ups-repository';
import { runWrite } from '../run-write';
import type { WriteTransaction } from '../write-transaction';
import { logInteractionIn, trashInteractionIn } from './interactions-writes';
import { notFound } from './write-error';

export const followUpSuggestionSchema = z.object({
  personId: z.string().min(1),
  rule: z.string().min(1).max(500),
  dueAt: z.number().int(),
  reason: z.string().trim().max(10_000),
});
export type FollowUpSuggestion = z.input<typeof followUpSuggestionSchema>;

async function recordFollowUpIn(
  write: WriteTransaction,
  suggestion: FollowUpSuggestion,
  status: FollowUpStatus,
  dueAt?: number,
): Promise<FollowUp> {
  const parsed = followUpSuggestionSchema.parse(suggestion);
  if (!(await write.get('people', parsed.personId))) throw notFound('person', parsed.personId);
  const existing = await findFollowUp(write.db, parsed.personId, parsed.rule);
  const changes = { ...parsed, updatedAt: write.now, status, dueAt: dueAt ?? parsed.dueAt };
  if (existing) return (await write.patch('followUps', existing.id, changes))!;
  const [followUp] = await write.insert('followUps', [
    { ...changes, id: crypto.randomUUID(), createdAt: write.now },
  ]);
  return followUp;
}

export async function completeFollowUp(db: HallwayDatabase, suggestion: FollowUpSuggestion) {
  return runWrite(db, (write) => recordFollowUpIn(write, suggestion, 'done'));
}

export async function dismissFollowUp(db: HallwayDatabase, suggestion: FollowUpSuggestion) {
  return runWrite(db, (write) => recordFollowUpIn(write, suggestion, 'dismissed'));
}

/** Hides the suggestion until `until`, when it comes back as due. */
export async function snoozeFollowUp(
  db: HallwayDatabase,
  suggestion: FollowUpSuggestion,
  until: number,
) {
  const dueAt = z.number().int().parse(until);
  return runWrite(db, (write) => recordFollowUpIn(write, suggestion, 'snoozed', dueAt));
}

/** A follow-up the user adds by hand ("call Ada next Tuesday"): open until done. */
export async function addFollowUp(
  db: HallwayDatabase,
  input: { personId: string; dueAt: number; reason: string },
): Promise<FollowUp> {
  const suggestion = { ...input, rule: `manual:${crypto.randomUUID()}` };
  return runWrite(db, (write) => recordFollowUpIn(write, suggestion, 'open'));
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

const STATUS_OF: Record<SuggestionAction['type'], FollowUpStatus> = {
  done: 'done',
  snooze: 'snoozed',
  dismiss: 'dismissed',
};

/**
 * Stores what the user did with a suggestion under its key, in one write. Done with an
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
  const until = action.type === 'snooze' ? z.number().int().parse(action.until) : undefined;
  return runWrite(db, async (write) => {
    const previous = await write.db.followUps.where('rule').equals(suggestion.key).first();
    const interactionIds: string[] = [];
    if (action.type === 'done' && action.interaction) {
      for (const id of suggestion.personIds) {
        const logged = await logInteractionIn(write, { ...action.interaction, personId: id });
        interactionIds.push(logged.id);
      }
    }
    await recordFollowUpIn(write, stored, STATUS_OF[action.type], until);
    return { key: suggestion.key, previous, interactionIds };
  });
}

/** Takes an action back: the logged interactions go to the trash and the row is as it was. */
export async function undoSuggestionAction(
  db: HallwayDatabase,
  undo: SuggestionActionUndo,
): Promise<void> {
  await runWrite(db, async (write) => {
    for (const id of undo.interactionIds) await trashInteractionIn(write, id);
    if (undo.previous) {
      await write.put('followUps', [undo.previous]);
    } else {
      const added = await write.db.followUps.where('rule').equals(undo.key).primaryKeys();
      await write.remove('followUps', added);
    }
  });
}
