// Done, snooze and dismiss on a Today item, each stored in one transaction and announced by a
// toast with Undo. Done logs a message with each person (it resets their keep-in-touch cadence);
// for an upcoming event there is nobody to log anything with yet, so done only records it.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionKind } from '../../../shared/domain/entities';
import type { SuggestedFollowUp } from '../../../shared/follow-ups/suggested-follow-up';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import {
  actOnSuggestion,
  undoSuggestionAction,
  type SuggestionAction,
} from '../../data/writes/follow-ups-writes';

export interface FollowUpActions {
  done(suggestion: SuggestedFollowUp, kind?: InteractionKind): Promise<void>;
  snooze(suggestion: SuggestedFollowUp, until: number): Promise<void>;
  dismiss(suggestion: SuggestedFollowUp): Promise<void>;
}

export function useFollowUpActions(): FollowUpActions {
  const db = useDatabase();
  const { t, i18n } = useTranslation('follow-ups');

  const act = useCallback(
    async (suggestion: SuggestedFollowUp, action: SuggestionAction, message: string) => {
      try {
        const undo = await actOnSuggestion(db, suggestion, action);
        showToast({
          message,
          tone: 'success',
          action: {
            label: t('actions.undo'),
            run: () =>
              void undoSuggestionAction(db, undo).catch(() =>
                showToast({ message: t('toasts.undoFailed'), tone: 'error' }),
              ),
          },
        });
      } catch {
        showToast({ message: t('toasts.failed'), tone: 'error' });
      }
    },
    [db, t],
  );

  return useMemo(
    () => ({
      done: (suggestion, kind = 'message') =>
        act(
          suggestion,
          suggestion.rule === 'upcoming'
            ? { type: 'done' }
            : { type: 'done', interaction: { kind, at: Date.now() } },
          t('toasts.done'),
        ),
      snooze: (suggestion, until) =>
        act(
          suggestion,
          { type: 'snooze', until },
          t('toasts.snoozed', {
            date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(until),
          }),
        ),
      dismiss: (suggestion) => act(suggestion, { type: 'dismiss' }, t('toasts.dismissed')),
    }),
    [act, t, i18n.language],
  );
}
