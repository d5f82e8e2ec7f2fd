// An upcoming event's prep on its page: who of your people is likely there (linked to it already,
// then the series' regulars, with how many more), what you owe each, introductions worth making
// among them, and the printable cheat sheet of it all.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HallwayEvent } from '../../../shared/domain/entities';
import '../../styles/event-prep.css';
import { personPath } from '../events/event-paths';
import { CheatSheet } from './cheat-sheet';
import { IntroductionIdeas } from './introduction-ideas';
import { useAttendeeText } from './use-attendee-text';
import { useEventPrep } from './use-event-prep';

export function EventPrepSection({ event }: { event: HallwayEvent }) {
  const { t } = useTranslation('event-prep');
  const prep = useEventPrep(event);
  const text = useAttendeeText(event.name);
  const [printing, setPrinting] = useState(false);
  if (!prep) return null;
  const ideas = text.ideas(prep);
  return (
    <section className="event-section event-prep" aria-labelledby="event-prep-likely">
      <h2 id="event-prep-likely">{t('prep.title')}</h2>
      {prep.attendees.length === 0 ? (
        <p className="muted">{t('prep.nobody')}</p>
      ) : (
        <>
          <button type="button" className="button" onClick={() => setPrinting(true)}>
            {t('prep.cheatSheet')}
          </button>
          <ul className="event-prep__people" aria-label={t('prep.listLabel')}>
            {prep.attendees.map((attendee) => {
              const owed = text.owed(attendee);
              return (
                <li key={attendee.person.id} className="event-prep__person">
                  <Link to={personPath(attendee.person.id)}>{attendee.person.displayName}</Link>{' '}
                  <span className="muted">{text.why(attendee)}</span>
                  {owed.length > 0 && (
                    <ul className="event-prep__owed" aria-label={t('prep.owedLabel')}>
                      {owed.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          {prep.more > 0 && <p className="muted">{t('prep.more', { count: prep.more })}</p>}
          <IntroductionIdeas ideas={ideas} />
        </>
      )}
      {printing && <CheatSheet event={event} prep={prep} onClose={() => setPrinting(false)} />}
    </section>
  );
}
