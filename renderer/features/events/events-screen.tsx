// The Events screen: "New event", then upcoming events (soonest first) and past ones (newest
// first), each paged from the index. With no events at all, the empty state points to
// "Log a meetup", the quickest way to record one. Trashed events wait in the Trash (linked).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../app/empty-state';
import { Screen } from '../../app/screen';
import { useFormatters } from '../../i18n/format';
import '../../styles/events.css';
import { CalendarExportButton } from '../calendar/calendar-export-button';
import { CalendarImportButton } from '../calendar/calendar-import-button';
import { LogMeetupButton } from '../quick-capture/log-meetup-button';
import { EventListSection } from './event-list-section';
import { NewEventForm } from './new-event-form';
import { useEventsCount } from './use-events-count';

export function EventsScreen() {
  const { t } = useTranslation('events');
  const format = useFormatters();
  const count = useEventsCount();
  const [creating, setCreating] = useState(false);
  const [now] = useState(() => Date.now());
  if (count === undefined) return <Screen title={t('title')}>{null}</Screen>;
  return (
    <Screen
      title={t('title')}
      subtitle={t('summary', { count, formattedCount: format.number(count) })}
    >
      <div className="events-toolbar">
        <button
          type="button"
          className="button"
          aria-expanded={creating}
          onClick={() => setCreating((open) => !open)}
        >
          {t('newEvent')}
        </button>
        <CalendarImportButton />
        <CalendarExportButton />
        <Link to="/people/trash">{t('trashLink')}</Link>
      </div>
      {creating && <NewEventForm onCancel={() => setCreating(false)} />}
      {count === 0 ? (
        <EmptyState title={t('emptyTitle')} body={t('emptyBody')} action={<LogMeetupButton />} />
      ) : (
        <>
          <EventListSection when="upcoming" now={now} />
          <EventListSection when="past" now={now} />
        </>
      )}
    </Screen>
  );
}
