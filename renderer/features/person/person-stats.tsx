// The person's header facts: last contact (how long ago) and how many times the user met them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { relativeTime } from './relative-time';

export function PersonStats({
  lastContactAt,
  timesMet,
}: {
  lastContactAt: number;
  timesMet?: number;
}) {
  const { t, i18n } = useTranslation('person');
  const [now] = useState(() => Date.now());
  return (
    <dl className="facts person-stats">
      <dt>{t('stats.lastContact')}</dt>
      <dd>
        {lastContactAt === 0 ? t('stats.never') : relativeTime(lastContactAt, now, i18n.language)}
      </dd>
      <dt>{t('stats.timesMet')}</dt>
      <dd>{timesMet === undefined ? '' : t('stats.timesMetValue', { count: timesMet })}</dd>
    </dl>
  );
}
