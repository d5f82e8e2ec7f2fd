// Moving a person to the trash from the list, and taking them back out: soft deletes (see the
// people writes), each announced by a toast; the trash toast carries "Undo". The writes load when
// first used, not with the People screen (issue 15).
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';

const peopleWrites = () => import('../../data/writes/people-writes');

type Named = Pick<Person, 'id' | 'displayName'>;

export function useRestorePerson(): (person: Named) => Promise<void> {
  const db = useDatabase();
  const { t } = useTranslation('people');
  return useCallback(
    async ({ id, displayName }) => {
      try {
        await (await peopleWrites()).restorePerson(db, id);
        showToast({ message: t('restoredToast', { name: displayName }), tone: 'success' });
      } catch {
        showToast({ message: t('restoreFailed', { name: displayName }), tone: 'error' });
      }
    },
    [db, t],
  );
}

export function useTrashPerson(): (person: Named) => Promise<void> {
  const db = useDatabase();
  const { t } = useTranslation('people');
  const restore = useRestorePerson();
  return useCallback(
    async (person) => {
      try {
        await (await peopleWrites()).trashPerson(db, person.id);
      } catch {
        showToast({ message: t('trashFailed', { name: person.displayName }), tone: 'error' });
        return;
      }
      showToast({
        message: t('trashedToast', { name: person.displayName }),
        action: { label: t('undo'), run: () => void restore(person) },
      });
    },
    [db, t, restore],
  );
}
