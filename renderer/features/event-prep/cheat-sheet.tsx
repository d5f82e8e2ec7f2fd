// The printable cheat sheet of an upcoming event: each likely attendee with their name's reading,
// company, topics, when you last met, what you owe them and whom to introduce them to. Drawn over
// the app and printed as a PrintSheet (renderer/app/print-sheet), as the printable roster is.
import { useTranslation } from 'react-i18next';
import type { HallwayEvent } from '../../../shared/domain/entities';
import { PrintSheet } from '../../app/print-sheet';
import { useEventDateFormat } from '../events/event-time';
import type { EventPrep } from './read-event-prep';
import { useAttendeeText } from './use-attendee-text';

export function CheatSheet({
  event,
  prep,
  onClose,
}: {
  event: HallwayEvent;
  prep: EventPrep;
  onClose(): void;
}) {
  const { t } = useTranslation('event-prep');
  const format = useEventDateFormat();
  const text = useAttendeeText(event.name);
  const ideas = text.ideas(prep);

  return (
    <PrintSheet
      title={t('sheet.title', { event: event.name })}
      subtitle={
        <>
          {format.dateTime(event.startsAt)}
          {event.location && ` · ${event.location}`}
        </>
      }
      printLabel={t('sheet.print')}
      closeLabel={t('sheet.close')}
      className="cheat-sheet"
      testId="cheat-sheet"
      onClose={onClose}
    >
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sheet.person')}</th>
            <th scope="col">{t('sheet.topics')}</th>
            <th scope="col">{t('sheet.lastMet')}</th>
            <th scope="col">{t('sheet.owed')}</th>
            <th scope="col">{t('sheet.introduce')}</th>
          </tr>
        </thead>
        <tbody>
          {prep.attendees.map((attendee) => {
            const { person } = attendee;
            const work = [person.role, person.company].filter(Boolean).join(', ');
            return (
              <tr key={person.id}>
                <th scope="row">
                  {person.displayName}
                  {person.nameReading && (
                    <span className="cheat-sheet__reading">{person.nameReading}</span>
                  )}
                  {work && <span className="cheat-sheet__work">{work}</span>}
                  <span className="cheat-sheet__why">{text.why(attendee)}</span>
                </th>
                <td>{text.topics(person, prep.topicLabels)}</td>
                <td>{text.lastMet(attendee)}</td>
                <td>
                  {text.owed(attendee).map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </td>
                <td>{text.ideasFor(ideas, person.id).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {prep.more > 0 && <p>{t('prep.more', { count: prep.more })}</p>}
      {ideas.length > 0 && (
        <>
          <h2>{t('prep.ideas')}</h2>
          <ul>
            {ideas.map((idea) => (
              <li key={idea.key}>
                <strong>
                  {t('prep.pair', {
                    first: idea.first.displayName,
                    second: idea.second.displayName,
                  })}
                </strong>
                {t('prep.ideaSeparator')}
                {idea.explanation}
              </li>
            ))}
          </ul>
        </>
      )}
    </PrintSheet>
  );
}
