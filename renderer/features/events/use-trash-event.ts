// Trashing an event from its page: it goes to the trash, the Events screen opens, and a toast
// offers Undo (restoring it, with its interactions, which never stopped pointing at it).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { restoreEvent, trashEvent } from '../../data/writes/events-writes';

export function useTrashEvent(): (event: HallwayEvent) => Promise<void> {
  const { t } = useTranslation('events');
  const db = useDatabase();
  const navigate = useNavigate();
  return useCallback(
    async (event: HallwayEvent) => {
      await trashEvent(db, event.id);
      navigate('/events');
      showToast({
        message: t('page.trashed', { name: event.name }),
        action: {
          label: t('page.undo'),
          run: () => {
            void restoreEvent(db, event.id).then(() =>
              showToast({ tone: 'success', message: t('page.restored', { name: event.name }) }),
            );
          },
        },
      });
    },
    [db, navigate, t],
  );
}
