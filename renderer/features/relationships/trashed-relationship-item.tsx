// One relationship in the trash: read from its first person's side ("Aoi Sato · Mentor of Bruno
// Díaz"), both linked, with Restore and Delete for good.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../app/database-context';
import { showToast } from '../../app/toasts/toast-store';
import { restoreRelationship } from '../../data/writes/relationships-writes';
import { WriteError } from '../../data/writes/write-error';
import type { TrashedRelationship } from '../../repositories/relationships-repository';
import { TrashItem } from '../people/trash-item';
import { RelationshipSentence } from './relationship-sentence';
import { wordingOf } from './relationship-wording';

/** "Aoi Sato and Bruno Díaz": how the trash names a relationship, in its labels and dialogs. */
export function useRelationshipName(): (item: TrashedRelationship) => string {
  const { t } = useTranslation('relationships');
  return ({ from, to }) => t('trash.name', { from: from.displayName, to: to.displayName });
}

export function TrashedRelationshipItem({
  item,
  onPurge,
}: {
  item: TrashedRelationship;
  onPurge(): void;
}) {
  const { t } = useTranslation('people');
  const { t: tRelationships } = useTranslation('relationships');
  const db = useDatabase();
  const name = useRelationshipName()(item);
  const { relationship, from, to } = item;
  const restore = async () => {
    try {
      await restoreRelationship(db, relationship.id);
      showToast({ message: t('trash.restoredItem', { name }), tone: 'success' });
    } catch (error) {
      const duplicate = error instanceof WriteError && error.code === 'duplicate';
      showToast({
        tone: 'error',
        message: duplicate
          ? tRelationships('duplicate', { self: from.displayName, other: to.displayName })
          : t('trash.restoreItemFailed', { name }),
      });
    }
  };
  return (
    <TrashItem
      name={name}
      title={
        <span className="person-row__display-name">
          <Link to={`/people/${encodeURIComponent(from.id)}`}>{from.displayName}</Link>
        </span>
      }
      details={[
        <RelationshipSentence
          key="sentence"
          wording={wordingOf(relationship.kind, true)}
          self={from.displayName}
          other={to}
        />,
      ]}
      deletedAt={relationship.deletedAt}
      onRestore={() => void restore()}
      onPurge={onPurge}
    />
  );
}
