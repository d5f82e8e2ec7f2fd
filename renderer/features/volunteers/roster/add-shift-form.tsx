// "Add a shift": a role, the day and times (the event's own by default) and the first person on
// it, picked or created by name. A shift exists through its assignments, so it starts with one.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallwayEvent } from '../../../../shared/domain/entities';
import type { RoleDefinition } from '../../../../shared/volunteers/roles';
import { useDatabase } from '../../../app/database-context';
import { createShift } from '../../../data/writes/volunteer-shifts-writes';
import { readShiftDraft, ShiftFields, shiftDraftOf, type ShiftDraft } from './shift-fields';
import { VolunteerPicker } from './volunteer-picker';

const DEFAULT_LENGTH_MS = 3 * 3_600_000;

export function AddShiftForm({
  event,
  roles,
  onDone,
}: {
  event: HallwayEvent;
  roles: readonly RoleDefinition[];
  onDone(): void;
}) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const [draft, setDraft] = useState<ShiftDraft>(() =>
    shiftDraftOf(
      roles[0]?.key ?? '',
      event.startsAt,
      event.endsAt ?? event.startsAt + DEFAULT_LENGTH_MS,
    ),
  );
  const read = readShiftDraft(draft);
  const formRef = useRef<HTMLDivElement>(null);
  useEffect(() => formRef.current?.querySelector('select')?.focus(), []);

  return (
    <div ref={formRef} className="roster-add" role="group" aria-label={t('roster.addShift')}>
      <ShiftFields draft={draft} roles={roles} onChange={setDraft} />
      {!read.ok && (
        <p role="alert" className="roster-error">
          {t(`roster.errors.${read.reason}`)}
        </p>
      )}
      {read.ok && (
        <VolunteerPicker
          label={t('roster.firstPerson')}
          onPick={async (personId) => {
            await createShift(db, {
              eventId: event.id,
              personId,
              role: read.role,
              startsAt: read.startsAt,
              endsAt: read.endsAt,
            });
            onDone();
          }}
        />
      )}
      <button type="button" className="button" onClick={onDone}>
        {t('roster.cancel')}
      </button>
    </div>
  );
}
