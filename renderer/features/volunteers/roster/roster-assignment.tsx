// One person on a shift: their name (linked), their status, their hours (computed from the shift
// unless overridden here, with a way back), a warning when they are in another shift at the same
// time, and removal with Undo.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  SHIFT_STATUSES,
  type Person,
  type ShiftStatus,
  type VolunteerShift,
} from '../../../../shared/domain/entities';
import { useDatabase } from '../../../app/database-context';
import { showToast } from '../../../app/toasts/toast-store';
import {
  restoreShift,
  setShiftStatus,
  trashShift,
  updateShift,
} from '../../../data/writes/volunteer-shifts-writes';
import { useShiftTimeFormat } from './shift-time-format';
import type { OverlappingShift } from './use-event-roster';

interface RosterAssignmentProps {
  shift: VolunteerShift;
  person: Person | undefined;
  roleLabel: string;
  overlaps: readonly OverlappingShift[];
  labelOfRole(role: string): string;
}

export function RosterAssignment({
  shift,
  person,
  roleLabel,
  overlaps,
  labelOfRole,
}: RosterAssignmentProps) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const format = useShiftTimeFormat();
  const name = person?.displayName ?? t('roster.unknownPerson');
  const [hoursDraft, setHoursDraft] = useState<string | null>(null);

  const saveHours = async () => {
    if (hoursDraft === null) return;
    const hours = Number(hoursDraft);
    setHoursDraft(null);
    if (hoursDraft.trim() === '' || !Number.isFinite(hours) || hours < 0) return;
    if (hours !== shift.hours) await updateShift(db, shift.id, { hours });
  };

  const remove = async () => {
    await trashShift(db, shift.id);
    showToast({
      message: t('roster.removed', { name, role: roleLabel }),
      action: { label: t('roster.undo'), run: () => void restoreShift(db, shift.id) },
    });
  };

  return (
    <li className="roster-assignment">
      {person ? (
        <Link className="roster-assignment__name" to={`/people/${encodeURIComponent(person.id)}`}>
          {name}
        </Link>
      ) : (
        <span className="roster-assignment__name">{name}</span>
      )}
      <select
        aria-label={t('roster.statusOf', { name })}
        value={shift.status}
        onChange={(event) => void setShiftStatus(db, shift.id, event.target.value as ShiftStatus)}
      >
        {SHIFT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`roster.status.${status}`)}
          </option>
        ))}
      </select>
      <label className="roster-assignment__hours">
        <input
          type="number"
          min={0}
          step={0.25}
          aria-label={t('roster.hoursOf', { name })}
          value={hoursDraft ?? String(Math.round(shift.hours * 100) / 100)}
          onChange={(event) => setHoursDraft(event.target.value)}
          onBlur={() => void saveHours()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void saveHours();
          }}
        />
        <span>{t('roster.hoursUnit')}</span>
      </label>
      {shift.hoursOverridden && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void updateShift(db, shift.id, { hours: null })}
        >
          {t('roster.useShiftHours')}
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('roster.removeLabel', { name, role: roleLabel })}
        onClick={() => void remove()}
      >
        {t('roster.remove')}
      </button>
      {overlaps.map(({ shift: other, eventName }) => (
        <p key={other.id} role="note" className="roster-warning">
          {t(eventName === null ? 'roster.overlapHere' : 'roster.overlapElsewhere', {
            name,
            role: labelOfRole(other.role),
            event: eventName,
            time: format.range(other.startsAt, other.endsAt),
          })}
        </p>
      ))}
    </li>
  );
}
