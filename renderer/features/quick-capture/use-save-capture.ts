// Saving "Log a meetup": checks what the write would refuse in words the user understands,
// saves in one write, forgets the draft, and announces it with a link to the event.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { saveQuickCapture } from '../../data/writes/quick-capture-writes';
import { eventPath } from '../events/event-paths';
import { captureFromDraft, rowsToSave, startsAtOf, type CaptureDraft } from './capture-draft';
import { clearCaptureDraft } from './capture-draft-storage';
import { startNewDraft } from './quick-capture-store';

export type CaptureProblem = 'nameRequired' | 'dateRequired';

export function problemWith(draft: CaptureDraft): CaptureProblem | null {
  if (draft.event.eventId) return null;
  if (draft.event.name.trim() === '') return 'nameRequired';
  if (Number.isNaN(startsAtOf(draft.event))) return 'dateRequired';
  return null;
}

/** Resolves to true once saved; false when nothing was written (the error was shown). */
export function useSaveCapture(): (draft: CaptureDraft) => Promise<boolean> {
  const { t } = useTranslation('quick-capture');
  const db = useDatabase();
  const navigate = useNavigate();
  return useCallback(
    async (draft: CaptureDraft) => {
      let eventId: string;
      try {
        ({ eventId } = await saveQuickCapture(db, captureFromDraft(draft)));
      } catch (error) {
        showToast({
          tone: 'error',
          message: t('saveFailed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        });
        return false;
      }
      clearCaptureDraft(window.localStorage);
      startNewDraft();
      showToast({
        tone: 'success',
        message: t('saved', { name: draft.event.name, count: rowsToSave(draft).length }),
        action: { label: t('openEvent'), run: () => navigate(eventPath(eventId)) },
      });
      return true;
    },
    [db, navigate, t],
  );
}
