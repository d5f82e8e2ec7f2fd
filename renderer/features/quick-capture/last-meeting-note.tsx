// "met before at <event>, <date>" for a person linked in a capture row (or "already in Hallway"
// when they were never met at an event).
import { useTranslation } from 'react-i18next';
import { useEventDateFormat } from '../events/event-time';
import { useLastMeeting } from './use-last-meeting';

export function LastMeetingNote({ personId, id }: { personId: string; id?: string }) {
  const { t } = useTranslation('quick-capture');
  const format = useEventDateFormat();
  const meeting = useLastMeeting(personId);
  if (meeting === undefined) return null;
  return (
    <span id={id} className="capture-person__known">
      {meeting
        ? t('people.metBefore', { event: meeting.event.name, date: format.date(meeting.at) })
        : t('people.known')}
    </span>
  );
}
