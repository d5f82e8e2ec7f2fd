// One volunteer shift on a person's timeline: the role, the event (linked), the day, the hours
// and the status. It is changed on the event's roster, not here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleLabel } from '../../../../shared/volunteers/roles';
import type { ShiftTimelineEntry } from '../../person/use-person-timeline';
import { useOrganizerRoles } from './use-organizer-roles';
import { useShiftTimeFormat } from './shift-time-format';

export function ShiftTimelineItem({
  entry,
  formatDate,
}: {
  entry: ShiftTimelineEntry;
  formatDate(at: number): string;
}) {
  const { t } = useTranslation('volunteers');
  const organizer = useOrganizerRoles();
  const format = useShiftTimeFormat();
  const { shift, eventName } = entry;
  const role = organizer ? roleLabel(shift.role, organizer.roles, organizer.language) : shift.role;
  return (
    <li className="timeline-item timeline-item--shift">
      <div className="timeline-item__head">
        <span className="timeline-item__kind">{t('roster.timeline.kind')}</span>
        <time dateTime={new Date(shift.startsAt).toISOString()}>{formatDate(shift.startsAt)}</time>
        <Link to={`/events/${encodeURIComponent(shift.eventId)}`}>
          {eventName ?? t('roster.timeline.unknownEvent')}
        </Link>
      </div>
      <p className="timeline-item__note">
        {t('roster.timeline.detail', {
          role,
          time: format.range(shift.startsAt, shift.endsAt),
          hours: format.hours(shift.hours),
          status: t(`roster.status.${shift.status}`),
        })}
      </p>
    </li>
  );
}
