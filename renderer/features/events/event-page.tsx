// An event's page (/events/:eventId): its details edited in place, its prep while it is to come
// (who is likely there) or its recap once it is over, the people met there, and trash with Undo. The page is a column of independent sections; the volunteer roster takes its
// own section after the people met, reading its shifts by eventId like they do.
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LIVE } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import { Screen } from '../../app/screen';
import { restoreEvent } from '../../data/writes/events-writes';
import '../../styles/events.css';
import { LazyEventHoursChart } from '../insights/lazy-small-charts';
import { EventPrepSection } from '../event-prep/event-prep-section';
import { EventRecapSection } from '../event-prep/event-recap-section';
import { EventRoster } from '../volunteers/roster/event-roster';
import { EventDetailsForm } from './event-details-form';
import { seriesPath } from './event-paths';
import { EventPeopleMet } from './event-people-met';
import { useEventDateFormat } from './event-time';
import { useEvent } from './use-event';
import { useTrashEvent } from './use-trash-event';

export function EventPage() {
  const { t } = useTranslation('events');
  const { eventId = '' } = useParams();
  const db = useDatabase();
  const event = useEvent(eventId);
  const format = useEventDateFormat();
  const trash = useTrashEvent();
  const [now] = useState(() => Date.now());
  if (event === undefined) return null;
  if (event === null) {
    return (
      <Screen title={t('title')}>
        <p>{t('page.notFound')}</p>
        <Link to="/events">{t('page.backToEvents')}</Link>
      </Screen>
    );
  }
  const trashed = event.deletedAt !== LIVE;
  return (
    <Screen title={event.name} subtitle={format.dateTime(event.startsAt)}>
      <div className="events-toolbar">
        <Link to="/events">{t('page.backToEvents')}</Link>
        {event.series && (
          <Link to={seriesPath(event.series)}>
            {t('page.seriesLink', { series: event.series })}
          </Link>
        )}
        {trashed ? (
          <p role="status" className="events-toolbar__status">
            {t('page.inTrash')}{' '}
            <button
              type="button"
              className="button"
              onClick={() => void restoreEvent(db, event.id)}
            >
              {t('page.restore')}
            </button>
          </p>
        ) : (
          <button type="button" className="button" onClick={() => void trash(event)}>
            {t('page.trash')}
          </button>
        )}
      </div>
      <EventDetailsForm event={event} />
      {(event.endsAt ?? event.startsAt) >= now ? (
        <EventPrepSection event={event} />
      ) : (
        <EventRecapSection event={event} now={now} />
      )}
      <EventPeopleMet eventId={event.id} eventName={event.name} />
      <EventRoster event={event} />
      <LazyEventHoursChart eventId={event.id} />
    </Screen>
  );
}
