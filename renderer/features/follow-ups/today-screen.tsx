// The Today screen (follow-ups due): an empty-state shell for now; the follow-ups feature fills it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountOrEmptyState } from '../../app/count-summary';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import { useOpenFollowUpsCount } from './use-open-follow-ups-count';

export function TodayScreen() {
  const { t } = useTranslation('follow-ups');
  const format = useFormatters();
  const count = useOpenFollowUpsCount();
  const [today] = useState(() => Date.now());
  return (
    <Screen title={t('title')} subtitle={format.date(today)}>
      <CountOrEmptyState
        count={count}
        summary={t('summary', { count: count ?? 0, formattedCount: format.number(count ?? 0) })}
        emptyState={<EmptyState title={t('emptyTitle')} body={t('emptyBody')} />}
      />
    </Screen>
  );
}
