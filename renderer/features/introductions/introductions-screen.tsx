// The introductions screen: an empty-state shell for now; the introductions feature fills it.
import { useTranslation } from 'react-i18next';
import { CountOrEmptyState } from '../../app/count-summary';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import { useIntroductionsCount } from './use-introductions-count';

export function IntroductionsScreen() {
  const { t } = useTranslation('introductions');
  const format = useFormatters();
  const count = useIntroductionsCount();
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
