// The people screen: an empty-state shell for now; the people feature fills it.
import { useTranslation } from 'react-i18next';
import { CountOrEmptyState } from '../../app/count-summary';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import { LoadSampleDataButton } from '../settings/load-sample-data-button';
import { usePeopleCount } from './use-people-count';

export function PeopleScreen() {
  const { t } = useTranslation('people');
  const format = useFormatters();
  const count = usePeopleCount();
  return (
    <Screen title={t('title')}>
      <CountOrEmptyState
        count={count}
        summary={t('summary', { count: count ?? 0, formattedCount: format.number(count ?? 0) })}
        emptyState={
          <EmptyState
            title={t('emptyTitle')}
            body={t('emptyBody')}
            action={<LoadSampleDataButton />}
          />
        }
      />
    </Screen>
  );
}
