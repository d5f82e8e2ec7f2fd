// One shift of the roster: its role and times (edited in place), the people on it, a picker to
// add someone, and removal of the whole shift after a confirmation, with Undo.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, VolunteerShift } from '../../../../shared/domain/entities';
import type { RosterSlot as Slot } from '../../../../shared/volunteers/roster-slots';
import type { RoleDefinition } from '../../../../shared/volunteers/roles';
import { ConfirmDialog } from '../../../app/confirm-dialog';
import { useDatabase } from '../../../app/database-context';
import { showToast } from '../../../app/toasts/toast-store';
import {
  createShift,
  rescheduleShifts,
  restoreShifts,
  trashShifts,
} from '../../../data/writes/volunteer-shifts-writes';
import { RosterAssignment } from './roster-assignment';
import { readShiftDraft, ShiftFields, shiftDraftOf, type ShiftDraft } from './shift-fields';
import { useShiftTimeFormat } from './shift-time-format';
import type { OverlappingShift } from './use-event-roster';
import { VolunteerPicker } from './volunteer-picker';

interface RosterSlotProps {
  eventId: string;
  slot: Slot<VolunteerShift>;
  roles: readonly RoleDefinition[];
  people: ReadonlyMap<string, Person>;
  overlaps: ReadonlyMap<string, OverlappingShift[]>;
  labelOfRole(role: string): string;
}

export function RosterSlot({
  eventId,
  slot,
  roles,
  people,
  overlaps,
  labelOfRole,
}: RosterSlotProps) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const format = useShiftTimeFormat();
  const [editing, setEditing] = useState<ShiftDraft | null>(null);
  const [confirming, setConfirming] = useState(false);
  const label = labelOfRole(slot.role);
  const time = format.range(slot.startsAt, slot.endsAt);
  const ids = slot.assignments.map((shift) => shift.id);
  const read = editing && readShiftDraft(editing);

  const removeSlot = async () => {
    setConfirming(false);
    await trashShifts(db, ids);
    showToast({
      message: t('roster.shiftRemoved', { role: label, time }),
      action: { label: t('roster.undo'), run: () => void restoreShifts(db, ids) },
    });
  };

  return (
    <li className="roster-slot">
      {editing && read ? (
        <form
          className="roster-slot__edit"
          onSubmit={(event) => {
            event.preventDefault();
            if (!read.ok) return;
            void rescheduleShifts(db, ids, read).then(() => setEditing(null));
          }}
        >
          <ShiftFields draft={editing} roles={roles} onChange={setEditing} />
          {!read.ok && (
            <p role="alert" className="roster-error">
              {t(`roster.errors.${read.reason}`)}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={!read.ok}>
            {t('roster.save')}
          </button>
          <button type="button" className="button" onClick={() => setEditing(null)}>
            {t('roster.cancel')}
          </button>
        </form>
      ) : (
        <div className="roster-slot__head">
          <h3 className="roster-slot__role">{label}</h3>
          <span className="roster-slot__time">{time}</span>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('roster.editShiftLabel', { role: label, time })}
            onClick={() => setEditing(shiftDraftOf(slot.role, slot.startsAt, slot.endsAt))}
          >
            {t('roster.editShift')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('roster.removeShiftLabel', { role: label, time })}
            onClick={() => setConfirming(true)}
          >
            {t('roster.removeShift')}
          </button>
        </div>
      )}
      <ul className="roster-slot__people" aria-label={t('roster.peopleOn', { role: label, time })}>
        {slot.assignments.map((shift) => (
          <RosterAssignment
            key={shift.id}
            shift={shift}
            person={people.get(shift.personId)}
            roleLabel={label}
            overlaps={overlaps.get(shift.id) ?? []}
            labelOfRole={labelOfRole}
          />
        ))}
      </ul>
      <VolunteerPicker
        label={t('roster.addPerson', { role: label })}
        onPick={async (personId) => {
          await createShift(db, {
            eventId,
            personId,
            role: slot.role,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
          });
        }}
      />
      {confirming && (
        <ConfirmDialog
          title={t('roster.confirmRemove.title', { role: label, time })}
          body={t('roster.confirmRemove.body', { count: ids.length })}
          confirmLabel={t('roster.confirmRemove.confirm')}
          cancelLabel={t('roster.cancel')}
          onConfirm={() => void removeSlot()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
