// The person page (/people/:personId): a friendly not-found state for an unknown id, a banner
// with Restore for a trashed person, and otherwise the person's stats, fields and timeline.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import '../../styles/person.css';
import { PersonPage } from './person-page';
import { usePerson } from './use-person';

export function PersonScreen() {
  const { t } = useTranslation('person');
  const { personId = '' } = useParams();
  const lookup = usePerson(personId);
  if (lookup.state === 'loading') return null;
  if (lookup.state === 'missing') {
    return (
      <Screen title={t('notFound.title')}>
        <EmptyState
          title={t('notFound.title')}
          body={t('notFound.body')}
          action={
            <Link className="button" to="/people">
              {t('notFound.back')}
            </Link>
          }
        />
      </Screen>
    );
  }
  return <PersonPage key={lookup.person.id} person={lookup.person} />;
}
