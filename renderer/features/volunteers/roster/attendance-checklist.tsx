// Attendance after the event, keyboard first: everyone on the roster (except cancellations) in one
// list; ↓/j and ↑/k move, Space or A marks attended, N marks a no-show (each moves on to the next
// person), Enter finishes. Every mark is written at once, so closing early keeps what was done.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, ShiftStatus, VolunteerShift } from '../../../../shared/domain/entities';
import type { RosterSlot } from '../../../../shared/volunteers/roster-slots';
import { useDatabase } from '../../../app/database-context';
import { showToast } from '../../../app/toasts/toast-store';
import { setShiftStatus } from '../../../data/writes/volunteer-shifts-writes';
import { ModalFrame } from '../../../app/modal-frame';
import { useShiftTimeFormat } from './shift-time-format';

interface AttendanceChecklistProps {
  slots: readonly RosterSlot<VolunteerShift>[];
  people: ReadonlyMap<string, Person>;
  labelOfRole(role: string): string;
  onClose(): void;
}

const MARKS: Record<string, ShiftStatus> = { ' ': 'attended', a: 'attended', n: 'no-show' };

export function AttendanceChecklist({
  slots,
  people,
  labelOfRole,
  onClose,
}: AttendanceChecklistProps) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const format = useShiftTimeFormat();
  const optionId = useId();
  const rows = slots.flatMap((slot) =>
    slot.assignments.filter((shift) => shift.status !== 'cancelled'),
  );
  const [active, setActive] = useState(0);
  const [marked, setMarked] = useState<ReadonlyMap<string, ShiftStatus>>(new Map());
  const current = Math.min(active, rows.length - 1);
  const statusOf = (shift: VolunteerShift) => marked.get(shift.id) ?? shift.status;

  const mark = (index: number, status: ShiftStatus) => {
    const shift = rows[index];
    if (!shift) return;
    setMarked(new Map(marked).set(shift.id, status));
    void setShiftStatus(db, shift.id, status);
    setActive(Math.min(index + 1, rows.length - 1));
  };

  const finish = () => {
    const count = (status: ShiftStatus) =>
      rows.filter((shift) => statusOf(shift) === status).length;
    showToast({
      tone: 'success',
      message: t('roster.checklist.saved', {
        attended: count('attended'),
        noShows: count('no-show'),
      }),
    });
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'ArrowDown' || key === 'j') setActive(Math.min(current + 1, rows.length - 1));
    else if (key === 'ArrowUp' || key === 'k') setActive(Math.max(current - 1, 0));
    else if (key in MARKS) mark(current, MARKS[key]);
    else if (key === 'Enter') finish();
    else return;
    event.preventDefault();
  };

  return (
    <ModalFrame
      title={t('roster.checklist.title')}
      className="attendance-checklist"
      onClose={onClose}
    >
      <p className="muted">{t('roster.checklist.hint')}</p>
      <ul
        data-autofocus
        className="attendance-checklist__list"
        role="listbox"
        tabIndex={0}
        aria-label={t('roster.checklist.title')}
        aria-activedescendant={rows.length > 0 ? `${optionId}-${current}` : undefined}
        onKeyDown={onKeyDown}
      >
        {rows.map((shift, index) => (
          <li
            key={shift.id}
            id={`${optionId}-${index}`}
            role="option"
            aria-selected={index === current}
            className={`attendance-checklist__row attendance-checklist__row--${statusOf(shift)}`}
            onClick={() => setActive(index)}
          >
            <span className="attendance-checklist__name">
              {people.get(shift.personId)?.displayName ?? t('roster.unknownPerson')}
            </span>
            <span className="muted">
              {labelOfRole(shift.role)} · {format.range(shift.startsAt, shift.endsAt)}
            </span>
            <span className="attendance-checklist__status">
              {t(`roster.status.${statusOf(shift)}`)}
            </span>
          </li>
        ))}
      </ul>
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => mark(current, 'attended')}>
          {t('roster.checklist.markAttended')}
        </button>
        <button type="button" className="button" onClick={() => mark(current, 'no-show')}>
          {t('roster.checklist.markNoShow')}
        </button>
        <button type="button" className="button button--primary" onClick={finish}>
          {t('roster.checklist.finish')}
        </button>
      </div>
    </ModalFrame>
  );
}
