// The Trash (/people/trash): people deleted from the list, most recent first. Each can be
// restored, or deleted for good after a confirmation that says what goes with them; "Empty
// trash" deletes them all for good, also after a confirmation, and on the desktop only once a
// backup of the data before it is saved (features/backup/save-safety-copy).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { usePlatform } from '../../app/platform-context';
import { Screen } from '../../app/screen';
import { showToast } from '../../app/toasts/toast-store';
import { useFormatters } from '../../i18n/format';
import { emptyTrash, purgePerson } from '../../data/writes/people-writes';
import '../../styles/people.css';
import { ConfirmDialog } from '../../app/confirm-dialog';
import { saveSafetyCopy } from '../backup/save-safety-copy';
import { TrashedPersonItem } from './trashed-person-item';
import { useTrashedPeople } from './use-trashed-people';

type Confirming = { kind: 'purge'; person: Person } | { kind: 'empty'; total: number } | null;

export function TrashScreen() {
  const { t } = useTranslation('people');
  const db = useDatabase();
  const platform = usePlatform();
  const format = useFormatters();
  const trashed = useTrashedPeople();
  const [confirming, setConfirming] = useState<Confirming>(null);

  const purge = async (person: Person) => {
    setConfirming(null);
    try {
      await purgePerson(db, person.id);
      showToast({ message: t('trash.purgedToast', { name: person.displayName }) });
    } catch {
      showToast({ message: t('trash.purgeFailed', { name: person.displayName }), tone: 'error' });
    }
  };

  const empty = async () => {
    setConfirming(null);
    try {
      if (!(await saveSafetyCopy(db, platform, 'before-empty-trash'))) {
        throw new Error('The backup before emptying the trash was not saved.');
      }
      const count = await emptyTrash(db);
      showToast({
        message: t('trash.emptiedToast', { count, formattedCount: format.number(count) }),
      });
    } catch {
      showToast({ message: t('trash.emptyFailed'), tone: 'error' });
    }
  };

  return (
    <Screen title={t('trash.title')}>
      <div className="trash-toolbar">
        <Link to="/people">{t('trash.backToPeople')}</Link>
        {trashed !== undefined && trashed.total > 0 && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirming({ kind: 'empty', total: trashed.total })}
          >
            {t('trash.emptyTrash')}
          </button>
        )}
      </div>
      {trashed !== undefined && trashed.total === 0 && (
        <div className="empty-state">
          <h2 className="empty-state__title">{t('trash.emptyTitle')}</h2>
          <p className="empty-state__body">{t('trash.emptyBody')}</p>
        </div>
      )}
      {trashed !== undefined && trashed.total > 0 && (
        <>
          {trashed.total > trashed.people.length && (
            <p className="screen__summary">
              {t('trash.showingNewest', {
                formattedShown: format.number(trashed.people.length),
                formattedCount: format.number(trashed.total),
              })}
            </p>
          )}
          <ul className="trash-list" aria-label={t('trash.listLabel')}>
            {trashed.people.map((person) => (
              <TrashedPersonItem
                key={person.id}
                person={person}
                onPurge={() => setConfirming({ kind: 'purge', person })}
              />
            ))}
          </ul>
        </>
      )}
      {confirming?.kind === 'purge' && (
        <ConfirmDialog
          title={t('trash.confirmPurgeTitle', { name: confirming.person.displayName })}
          body={t('trash.confirmPurgeBody')}
          confirmLabel={t('trash.deleteForGood')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() => void purge(confirming.person)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirming?.kind === 'empty' && (
        <ConfirmDialog
          title={t('trash.confirmEmptyTitle')}
          body={t('trash.confirmEmptyBody', {
            count: confirming.total,
            formattedCount: format.number(confirming.total),
          })}
          confirmLabel={t('trash.emptyTrash')}
          cancelLabel={t('trash.cancel')}
          onConfirm={() => void empty()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </Screen>
  );
}
