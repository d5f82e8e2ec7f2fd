// The number of follow-ups due (overdue and due today) beside the "Today" navigation link; the
// link's accessible name stays "Today", followed by the count in words. It is always mounted, so
// it also sends the daily notification (and, when started for tests, installs today-test-hook).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/database-context';
import { useFormatters } from '../../i18n/format';
import '../../styles/follow-ups.css';
import { installTodayTestHookIfTesting } from './today-test-hook';
import { useDueNotification } from './use-due-notification';
import { useFollowUpSettings } from './use-follow-up-settings';
import { useTodayFollowUps } from './today-follow-ups-provider';

export function TodayNavCount() {
  const { t } = useTranslation('follow-ups');
  const format = useFormatters();
  const db = useDatabase();
  useEffect(() => installTodayTestHookIfTesting(db), [db]);
  const view = useTodayFollowUps();
  const settings = useFollowUpSettings();
  const count = view && view.counts.overdue + view.counts.dueToday;
  useDueNotification(count, view?.now, settings);
  if (!count) return null;
  const formattedCount = format.number(count);
  return (
    <>
      <span className="nav-count" aria-hidden="true">
        {formattedCount}
      </span>
      <span className="visually-hidden">{t('navCount', { count, formattedCount })}</span>
    </>
  );
}
