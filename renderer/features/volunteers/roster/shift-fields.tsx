// The fields of a shift: role, day, from and to, as wall times in this computer's zone (see
// shift-time-format). A shift ending at or before its start ends the next day (22:00–02:00).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftInstants } from '../../../../shared/volunteers/shift-instants';
import { wallTimeOf } from '../../../../shared/volunteers/shift-wall-times';
import type { RoleDefinition } from '../../../../shared/volunteers/roles';
import { localTimeZone } from './shift-time-format';

export interface ShiftDraft {
  role: string;
  date: string;
  from: string;
  to: string;
}

export function shiftDraftOf(role: string, startsAt: number, endsAt: number): ShiftDraft {
  const zone = localTimeZone();
  const start = wallTimeOf(startsAt, zone);
  return { role, date: start.date, from: start.time, to: wallTimeOf(endsAt, zone).time };
}

export type ShiftDraftResult =
  | { ok: true; role: string; startsAt: number; endsAt: number }
  | { ok: false; reason: 'no-role' | 'invalid-date' | 'invalid-time-range' | 'invalid-time-zone' };

export function readShiftDraft(draft: ShiftDraft): ShiftDraftResult {
  if (draft.role === '') return { ok: false, reason: 'no-role' };
  const instants = shiftInstants(draft.date, `${draft.from}-${draft.to}`, localTimeZone());
  return instants.ok ? { ...instants, role: draft.role } : instants;
}

interface ShiftFieldsProps {
  draft: ShiftDraft;
  roles: readonly RoleDefinition[];
  onChange(draft: ShiftDraft): void;
}

export function ShiftFields({ draft, roles, onChange }: ShiftFieldsProps) {
  const { t } = useTranslation('volunteers');
  const id = useId();
  const set = (field: keyof ShiftDraft) => (value: string) =>
    onChange({ ...draft, [field]: value });
  const field = (name: 'date' | 'from' | 'to', type: 'date' | 'time') => (
    <div className="person-field">
      <label htmlFor={`${id}-${name}`} className="person-field__label">
        {t(`roster.fields.${name}`)}
      </label>
      <input
        id={`${id}-${name}`}
        type={type}
        value={draft[name]}
        onChange={(event) => set(name)(event.target.value)}
      />
    </div>
  );
  return (
    <div className="shift-fields">
      <div className="person-field">
        <label htmlFor={`${id}-role`} className="person-field__label">
          {t('roster.fields.role')}
        </label>
        <select
          id={`${id}-role`}
          value={draft.role}
          onChange={(event) => set('role')(event.target.value)}
        >
          <option value="" disabled>
            {t('roster.fields.chooseRole')}
          </option>
          {roles.map((role) => (
            <option key={role.key} value={role.key}>
              {role.label}
            </option>
          ))}
        </select>
      </div>
      {field('date', 'date')}
      {field('from', 'time')}
      {field('to', 'time')}
    </div>
  );
}
