// The event page's "People met here": each person linked to their page, with what was noted, and
// the export of them all (CSV or vCard).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportAttendees } from '../export/export-attendees';
import { personPath } from './event-paths';
import { useEventPeople } from './use-event-people';

export function EventPeopleMet({ eventId, eventName }: { eventId: string; eventName: string }) {
  const { t } = useTranslation('events');
  const people = useEventPeople(eventId);
  return (
    <section className="event-section" aria-labelledby="event-people-met">
      <h2 id="event-people-met">{t('page.peopleMet')}</h2>
      {people !== undefined && people.length > 0 && (
        <ExportAttendees eventName={eventName} personIds={people.map(({ person }) => person.id)} />
      )}
      {people?.length === 0 && <p className="muted">{t('page.noPeopleMet')}</p>}
      <ul className="event-people">
        {people?.map(({ person, interactions }) => (
          <li key={person.id} className="event-people__person">
            <Link to={personPath(person.id)}>{person.displayName}</Link>
            {interactions.map((interaction) => (
              <p key={interaction.id} className={interaction.note ? undefined : 'muted'}>
                {interaction.note || t('page.noNote')}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
