// The hours volunteered at this event: the attended assignments' hours, with how many people.
import { useTranslation } from 'react-i18next';
import type { VolunteerShift } from '../../../../shared/domain/entities';
import { hoursToMinutes } from '../../../../shared/volunteers/shift-hours';
import { useShiftTimeFormat } from './shift-time-format';

export function RosterHoursSummary({ shifts }: { shifts: readonly VolunteerShift[] }) {
  const { t } = useTranslation('volunteers');
  const format = useShiftTimeFormat();
  const attended = shifts.filter((shift) => shift.status === 'attended');
  if (attended.length === 0) return null;
  const minutes = attended.reduce((sum, shift) => sum + hoursToMinutes(shift.hours), 0);
  const people = new Set(attended.map((shift) => shift.personId)).size;
  return (
    <p className="roster__hours" role="status">
      {t('roster.hoursSummary', { count: people, hours: format.hours(minutes / 60) })}
    </p>
  );
}
