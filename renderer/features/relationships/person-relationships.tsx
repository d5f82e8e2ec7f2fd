// The person page's relationships: "Knows…" (also the K key) to add one, the relationships the
// user stated in either direction, each read from this person's side, with Edit and Remove (Undo
// in its toast), then the ties the data already implies.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { useScreenKeys } from '../../app/use-screen-keys';
import { restoreRelationship, trashRelationship } from '../../data/writes/relationships-writes';
import type { PersonRelationship } from '../../repositories/relationships-repository';
import '../../styles/relationships.css';
import { isTypingTarget } from '../person/typing-target';
import { ImpliedTies } from './implied-ties';
import { RelationshipDialog } from './relationship-dialog';
import { RelationshipItem } from './relationship-item';
import { useRelationshipsOf } from './use-relationships';

type Dialog = { editing?: PersonRelationship } | null;

export function PersonRelationships({ person }: { person: Person }) {
  const { t } = useTranslation('relationships');
  const db = useDatabase();
  const relationships = useRelationshipsOf(person.id);
  const [dialog, setDialog] = useState<Dialog>(null);

  useScreenKeys(
    useCallback((event: KeyboardEvent) => {
      if (event.key !== 'k' && event.key !== 'K') return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      setDialog({});
    }, []),
  );

  const remove = async ({ relationship, other }: PersonRelationship) => {
    const name = other.displayName;
    try {
      await trashRelationship(db, relationship.id);
    } catch {
      showToast({ tone: 'error', message: t('failed') });
      return;
    }
    showToast({
      message: t('removed', { name }),
      action: {
        label: t('undo'),
        run: () =>
          void restoreRelationship(db, relationship.id).then(
            () => showToast({ tone: 'success', message: t('restored', { name }) }),
            () => showToast({ tone: 'error', message: t('failed') }),
          ),
      },
    });
  };

  return (
    <section className="person-relationships" aria-label={t('title')}>
      <h2>{t('title')}</h2>
      <div>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="K"
          onClick={() => setDialog({})}
        >
          {t('knows')}{' '}
          <kbd className="kbd" aria-hidden="true">
            K
          </kbd>
        </button>
      </div>
      {relationships?.length === 0 && <p>{t('none', { name: person.displayName })}</p>}
      {relationships && relationships.length > 0 && (
        <ul className="person-relationships__list" aria-label={t('title')}>
          {relationships.map((view) => (
            <RelationshipItem
              key={view.relationship.id}
              person={person}
              view={view}
              onEdit={() => setDialog({ editing: view })}
              onRemove={() => void remove(view)}
            />
          ))}
        </ul>
      )}
      <ImpliedTies personId={person.id} />
      {dialog && (
        <RelationshipDialog
          person={person}
          editing={dialog.editing}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
