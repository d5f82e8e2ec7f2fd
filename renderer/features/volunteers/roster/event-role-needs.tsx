// Which roles this event needs and how many people each: a number per role, a role removed, a role
// added from the organizer's list (with its usual number of people).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallwayEvent } from '../../../../shared/domain/entities';
import { withoutRoleNeed, withRoleNeed } from '../../../../shared/volunteers/event-roles';
import type { RoleDefinition } from '../../../../shared/volunteers/roles';
import { useDatabase } from '../../../app/database-context';
import { setEventRoleNeeds } from '../../../data/writes/events-writes';
import { PeopleNeededInput } from './people-needed-input';

interface EventRoleNeedsProps {
  event: HallwayEvent;
  eventRoles: readonly RoleDefinition[];
  organizerRoles: readonly RoleDefinition[];
  onEditRoleList(): void;
}

export function EventRoleNeeds({
  event,
  eventRoles,
  organizerRoles,
  onEditRoleList,
}: EventRoleNeedsProps) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const available = organizerRoles.filter(
    (role) => !eventRoles.some((listed) => listed.key === role.key),
  );
  const [adding, setAdding] = useState('');
  const toAdd = available.find((role) => role.key === adding) ?? available[0];
  const save = (needs: HallwayEvent['volunteerRoles']) =>
    void setEventRoleNeeds(db, event.id, needs ?? []);

  return (
    <div className="roster-needs" role="group" aria-label={t('roster.needs.label')}>
      <ul className="roster-needs__list">
        {eventRoles.map((role) => (
          <li key={role.key} className="roster-needs__role">
            <label>
              <span>{role.label}</span>
              <PeopleNeededInput
                label={t('roster.needs.neededFor', { role: role.label })}
                value={role.needed}
                onChange={(needed) => save(withRoleNeed(event.volunteerRoles, role.key, needed))}
              />
            </label>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('roster.needs.removeLabel', { role: role.label })}
              onClick={() => save(withoutRoleNeed(event.volunteerRoles, role.key))}
            >
              {t('roster.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="roster-needs__add">
        {toAdd && (
          <>
            <select
              aria-label={t('roster.needs.roleToAdd')}
              value={toAdd.key}
              onChange={(input) => setAdding(input.target.value)}
            >
              {available.map((role) => (
                <option key={role.key} value={role.key}>
                  {role.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button"
              onClick={() => save(withRoleNeed(event.volunteerRoles, toAdd.key, toAdd.needed))}
            >
              {t('roster.needs.add')}
            </button>
          </>
        )}
        <button type="button" className="button button--quiet" onClick={onEditRoleList}>
          {t('roster.needs.editList')}
        </button>
      </div>
    </div>
  );
}
