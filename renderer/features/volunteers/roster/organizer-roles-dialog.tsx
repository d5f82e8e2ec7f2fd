// The organizer's role list, edited in a dialog: rename a role, change how many people it usually
// needs, remove it, add one. Events keep the roles they already use (their labels then fall back
// to the defaults, or the key). Saved as a whole, so Cancel leaves the list as it was.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleDefinition } from '../../../../shared/volunteers/roles';
import { useDatabase } from '../../../app/database-context';
import { setOrganizerRoles } from '../../../data/writes/settings-writes';
import { ModalFrame } from '../../../app/modal-frame';
import { PeopleNeededInput } from './people-needed-input';

/** A key for a new role: its label folded, made unique among the keys already used. */
function newRoleKey(label: string, roles: readonly RoleDefinition[]): string {
  const base = label.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, '-') || 'role';
  let key = base;
  for (let suffix = 2; roles.some((role) => role.key === key); suffix++) key = `${base}-${suffix}`;
  return key;
}

export function OrganizerRolesDialog({
  roles,
  onClose,
}: {
  roles: readonly RoleDefinition[];
  onClose(): void;
}) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const [draft, setDraft] = useState<RoleDefinition[]>(() => roles.map((role) => ({ ...role })));
  const [newLabel, setNewLabel] = useState('');
  const valid = draft.every((role) => role.label.trim() !== '');
  const edit = (index: number, changes: Partial<RoleDefinition>) =>
    setDraft(draft.map((role, at) => (at === index ? { ...role, ...changes } : role)));
  const add = () => {
    const label = newLabel.trim();
    if (label === '') return;
    setDraft([...draft, { key: newRoleKey(label, draft), label, needed: 1 }]);
    setNewLabel('');
  };

  return (
    <ModalFrame
      title={t('roster.roleList.title')}
      className="roster-roles-dialog"
      onClose={onClose}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          void setOrganizerRoles(db, draft).then(onClose);
        }}
      >
        <ul className="roster-roles-dialog__list">
          {draft.map((role, index) => (
            <li key={role.key}>
              <input
                type="text"
                aria-label={t('roster.roleList.labelOf', { key: role.key })}
                value={role.label}
                onChange={(event) => edit(index, { label: event.target.value })}
              />
              <PeopleNeededInput
                label={t('roster.roleList.neededOf', { role: role.label })}
                value={role.needed}
                onChange={(needed) => edit(index, { needed })}
              />
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('roster.needs.removeLabel', { role: role.label })}
                onClick={() => setDraft(draft.filter((_, at) => at !== index))}
              >
                {t('roster.remove')}
              </button>
            </li>
          ))}
        </ul>
        <div className="roster-roles-dialog__add">
          <input
            type="text"
            aria-label={t('roster.roleList.newRole')}
            placeholder={t('roster.roleList.newRole')}
            value={newLabel}
            onChange={(event) => setNewLabel(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button" onClick={add}>
            {t('roster.roleList.add')}
          </button>
        </div>
        {!valid && (
          <p role="alert" className="roster-error">
            {t('roster.roleList.blank')}
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('roster.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!valid}>
            {t('roster.save')}
          </button>
        </div>
      </form>
    </ModalFrame>
  );
}
