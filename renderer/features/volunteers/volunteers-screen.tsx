// The volunteers screen: an empty-state shell for now; the volunteers feature fills it.
import { useTranslation } from 'react-i18next';
import { CountOrEmptyState } from '../../app/count-summary';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import { useVolunteerShiftsCount } from './use-volunteer-shifts-count';

export function VolunteersScreen() {
  const { t } = useTranslation('volunteers');
  const format = useFormatters();
  const count = useVolunteerShiftsCount();
  return (
    <Screen title={t('title')}>
      <CountOrEmptyState
        count={count}
        summary={t('summary', { count: count ?? 0, formattedCount: format.number(count ?? 0) })}
        emptyState={<EmptyState title={t('emptyTitle')} body={t('emptyBody')} />}
      />
    </Screen>
  );
}
