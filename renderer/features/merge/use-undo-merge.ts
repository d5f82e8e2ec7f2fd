// The "Undo" of a merge: puts back what the merge changed and nobody changed since (undoMerge), and
// says so in a toast, naming the fields left as edited after the merge, so no later edit is lost
// without a word.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { undoMerge, type MergeUndoToken } from '../../data/writes/merge-people-writes';

export function useUndoMerge(): (token: MergeUndoToken) => Promise<void> {
  const db = useDatabase();
  const { t, i18n } = useTranslation('merge');
  return useCallback(
    async (token) => {
      try {
        const { keptAsEdited } = await undoMerge(db, token);
        const fields = keptAsEdited.map((field) => t(`fields.${field}` as 'fields.notes'));
        showToast(
          fields.length === 0
            ? { message: t('undone'), tone: 'success' }
            : {
                message: t('undoneKeptEdits', {
                  fields: new Intl.ListFormat(i18n.language).format(fields),
                }),
              },
        );
      } catch {
        showToast({ message: t('undoFailed'), tone: 'error' });
      }
    },
    [db, t, i18n],
  );
}
