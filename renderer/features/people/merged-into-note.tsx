// What a record merged into another says in the trash and on its own page: whom it was merged
// into (a link), and why it cannot simply be restored (restorePerson refuses it).
import { useLiveQuery } from 'dexie-react-hooks';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../app/database-context';

export function MergedIntoNote({ keptId, className }: { keptId: string; className?: string }) {
  const { t } = useTranslation('people');
  const db = useDatabase();
  const kept = useLiveQuery(
    () => db.people.get(keptId).then((person) => person ?? null),
    [db, keptId],
  );
  if (kept === undefined) return null;
  if (kept === null) return <span className={className}>{t('merged.intoDeleted')}</span>;
  const link = <Link to={`/people/${encodeURIComponent(kept.id)}`}>{kept.displayName}</Link>;
  return (
    <span className={className}>
      <Trans t={t} i18nKey="merged.into" components={{ kept: link }} />{' '}
      {t('merged.noRestore', { name: kept.displayName })}
    </span>
  );
}
