// A series' page (/series/:seriesName): its events, newest first, and the people seen most often
// across them, with how many times each was met.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Screen } from '../../app/screen';
import '../../styles/events.css';
import { eventPath, personPath } from './event-paths';
import { useEventDateFormat } from './event-time';
import { useSeries } from './use-series';

export function SeriesPage() {
  const { t } = useTranslation('events');
  const { seriesName = '' } = useParams();
  const format = useEventDateFormat();
  const overview = useSeries(seriesName);
  return (
    <Screen title={seriesName} subtitle={t('series.label')}>
      <Link to="/events">{t('page.backToEvents')}</Link>
      {overview && (
        <div className="series-columns">
          <section className="event-section" aria-labelledby="series-events">
            <h2 id="series-events">{t('series.events')}</h2>
            {overview.events.length === 0 && <p className="muted">{t('series.noEvents')}</p>}
            <ul className="series-list">
              {overview.events.map((event) => (
                <li key={event.id}>
                  <Link to={eventPath(event.id)}>{event.name}</Link>{' '}
                  <time className="muted" dateTime={new Date(event.startsAt).toISOString()}>
                    {format.date(event.startsAt)}
                  </time>
                </li>
              ))}
            </ul>
          </section>
          <section className="event-section" aria-labelledby="series-regulars">
            <h2 id="series-regulars">{t('series.regulars')}</h2>
            {overview.regulars.length === 0 && <p className="muted">{t('series.noRegulars')}</p>}
            <ol className="series-list">
              {overview.regulars.map(({ person, timesMet }) => (
                <li key={person.id}>
                  <Link to={personPath(person.id)}>{person.displayName}</Link>{' '}
                  <span className="muted">{t('series.timesMet', { count: timesMet })}</span>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </Screen>
  );
}
