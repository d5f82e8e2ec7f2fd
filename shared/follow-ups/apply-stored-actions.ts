// What the user did with a suggestion, stored in the followUps table under the suggestion's key
// (its `rule` field), decides whether it shows: dismissed or done never come back; snoozed stays
// hidden until the snooze date (the row's dueAt), then returns as due on that day.
import type { FollowUp } from '../domain/entities';
import type { SuggestedFollowUp } from './suggested-follow-up';

export type StoredAction = Pick<FollowUp, 'rule' | 'status' | 'dueAt'>;

export function applyStoredActions(
  suggestions: Iterable<SuggestedFollowUp>,
  stored: Iterable<StoredAction>,
  now: number,
): SuggestedFollowUp[] {
  const byKey = new Map<string, StoredAction>();
  for (const action of stored) byKey.set(action.rule, action);
  const shown: SuggestedFollowUp[] = [];
  for (const suggestion of suggestions) {
    if ((suggestion.visibleFrom ?? -Infinity) > now) continue;
    const action = byKey.get(suggestion.key);
    if (!action || action.status === 'open') {
      shown.push(suggestion);
    } else if (action.status === 'snoozed' && action.dueAt <= now) {
      shown.push({
        ...suggestion,
        dueAt: Math.max(suggestion.dueAt, action.dueAt),
        visibleFrom: action.dueAt,
      });
    }
  }
  return shown;
}
