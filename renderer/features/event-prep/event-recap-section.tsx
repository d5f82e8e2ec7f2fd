// A past event's recap on its page: how many people you met there (listed under "People met
// here"), the introductions made there, and the follow-ups its meetings still leave, with when
// each is due.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { useDatabase } from '../../app/database-context';
import '../../styles/event-prep.css';
import { personPath } from '../events/event-paths';
import { useEventDateFormat } from '../events/event-time';
import { userCalendar } from '../follow-ups/user-calendar';
import { readEventRecap } from './read-event-recap';

export function EventRecapSection({ event, now }: { event: HallwayEvent; now: number }) {
  const { t } = useTranslation('event-prep');
  const { t: tIntroductions } = useTranslation('introductions');
  const db = useDatabase();
  const format = useEventDateFormat();
  const recap = useLiveQuery(() => readEventRecap(db, event, userCalendar()), [db, event]);
  if (!recap) return null;
  const name = (id: string) => recap.people.get(id)?.displayName ?? '';
  return (
    <section className="event-section event-recap" aria-labelledby="event-recap">
      <h2 id="event-recap">{t('recap.title')}</h2>
      <p>{t('recap.met', { count: recap.met.length })}</p>
      <h3>{t('recap.introductions')}</h3>
      {recap.introductions.length === 0 ? (
        <p className="muted">{t('recap.noIntroductions')}</p>
      ) : (
        <ul aria-label={t('recap.introductions')}>
          {recap.introductions.map((introduction) => (
            <li key={introduction.id}>
              {t('prep.pair', { first: name(introduction.aId), second: name(introduction.bId) })}{' '}
              <span className="muted">{tIntroductions(`status.${introduction.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('recap.followUps')}</h3>
      {recap.followUps.length === 0 ? (
        <p className="muted">{t('recap.noFollowUps')}</p>
      ) : (
        <ul aria-label={t('recap.followUps')}>
          {recap.followUps.map((followUp) => (
            <li key={followUp.key}>
              <Link to={personPath(followUp.personId)}>{name(followUp.personId)}</Link>{' '}
              <span className={followUp.dueAt <= now ? 'event-recap__overdue' : 'muted'}>
                {t(followUp.dueAt <= now ? 'recap.dueSince' : 'recap.dueOn', {
                  date: format.date(followUp.dueAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
