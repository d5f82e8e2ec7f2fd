// One list of the Events screen (upcoming or past): a table of a page of events, "Show more"
// reading the next page from the index.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { eventPath, seriesPath } from './event-paths';
import { useEventDateFormat } from './event-time';
import { useEventPage } from './use-event-lists';
import { usePeopleMetCounts } from './use-people-met-counts';

const PAGE_SIZE = 50;

export function EventListSection({ when, now }: { when: 'upcoming' | 'past'; now: number }) {
  const { t } = useTranslation('events');
  const format = useEventDateFormat();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const page = useEventPage(when, now, limit);
  const counts = usePeopleMetCounts(page?.events.map((event) => event.id) ?? []);
  const headingId = `events-${when}`;
  if (!page) return null;
  return (
    <section className="event-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="event-list__title">
        {t(when)}
      </h2>
      {page.events.length === 0 ? (
        <p className="muted">{t(when === 'upcoming' ? 'noUpcoming' : 'noPast')}</p>
      ) : (
        <table className="event-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.startsAt')}</th>
              <th scope="col">{t('columns.kind')}</th>
              <th scope="col">{t('columns.series')}</th>
              <th scope="col">{t('columns.location')}</th>
              <th scope="col" className="event-table__number">
                {t('columns.peopleMet')}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => (
              <tr key={event.id}>
                <th scope="row">
                  <Link to={eventPath(event.id)}>{event.name}</Link>
                </th>
                <td className="event-table__date">
                  <time dateTime={new Date(event.startsAt).toISOString()}>
                    {format.dateTime(event.startsAt)}
                  </time>
                </td>
                <td>{t(`kind.${event.kind}`)}</td>
                <td>{event.series && <Link to={seriesPath(event.series)}>{event.series}</Link>}</td>
                <td>{event.location || event.url}</td>
                <td className="event-table__number">{counts?.get(event.id) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.hasMore && (
        <button
          type="button"
          className="button"
          onClick={() => setLimit((current) => current + PAGE_SIZE)}
        >
          {t('showMore')}
        </button>
      )}
    </section>
  );
}
