import { describe, expect, it } from 'vitest';
import { applyStoredActions, type StoredAction } from './apply-stored-actions';
import type { SuggestedFollowUp } from './suggested-follow-up';

const DAY = 86_400_000;
const NOW = 100 * DAY;

const suggestion = (key: string, fields: Partial<SuggestedFollowUp> = {}): SuggestedFollowUp => ({
  key,
  rule: 'met',
  personIds: ['ada'],
  dueAt: NOW - DAY,
  ...fields,
});
const stored = (rule: string, status: StoredAction['status'], dueAt = 0): StoredAction => ({
  rule,
  status,
  dueAt,
});

describe('applyStoredActions', () => {
  it('shows what nobody acted on, once it is visible', () => {
    const shown = applyStoredActions(
      [
        suggestion('a'),
        suggestion('later', { visibleFrom: NOW + 1 }),
        suggestion('now', { visibleFrom: NOW }),
      ],
      [],
      NOW,
    );
    expect(shown.map((item) => item.key)).toEqual(['a', 'now']);
  });

  it('never shows a dismissed or done suggestion again', () => {
    const shown = applyStoredActions(
      [suggestion('a'), suggestion('b'), suggestion('c')],
      [stored('a', 'dismissed'), stored('b', 'done')],
      NOW + 365 * DAY,
    );
    expect(shown.map((item) => item.key)).toEqual(['c']);
  });

  it('hides a snoozed suggestion until the snooze date, then shows it as due that day', () => {
    const until = NOW + 7 * DAY;
    const actions = [stored('a', 'snoozed', until)];
    expect(applyStoredActions([suggestion('a')], actions, until - 1)).toEqual([]);
    expect(applyStoredActions([suggestion('a')], actions, until)).toEqual([
      suggestion('a', { dueAt: until, visibleFrom: until }),
    ]);
  });

  it('keeps a later due date when the snooze ends before it', () => {
    const [shown] = applyStoredActions(
      [suggestion('a', { dueAt: NOW + 3 * DAY })],
      [stored('a', 'snoozed', NOW)],
      NOW,
    );
    expect(shown.dueAt).toBe(NOW + 3 * DAY);
  });

  it('only applies an action to the suggestion with the same key', () => {
    const shown = applyStoredActions(
      [suggestion('cadence:ada:2026-03-02')],
      [stored('cadence:ada:2026-01-30', 'dismissed')],
      NOW,
    );
    expect(shown).toHaveLength(1);
  });
});
