// One person in the trash: who they were, when they were deleted, and the two ways out (only one
// for a record merged into another: it says into whom, and cannot be restored).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/entities';
import { formatRelativePast } from './format-relative-time';
import { MergedIntoNote } from './merged-into-note';
import { useRestorePerson } from './use-trash-person';

export function TrashedPersonItem({ person, onPurge }: { person: Person; onPurge(): void }) {
  const { t, i18n } = useTranslation('people');
  const restore = useRestorePerson();
  const [now] = useState(() => Date.now());
  const details = [person.company, person.role].filter((part) => part.trim() !== '').join(' · ');
  return (
    <li className="trash-item">
      <div className="trash-item__who">
        <span className="person-row__display-name">{person.displayName}</span>
        {details !== '' && <span className="trash-item__details">{details}</span>}
        <span className="trash-item__details">
          {t('trash.trashedWhen', {
            when: formatRelativePast(person.deletedAt, now, i18n.language),
          })}
        </span>
        {person.mergedIntoId !== undefined && (
          <MergedIntoNote keptId={person.mergedIntoId} className="trash-item__details" />
        )}
      </div>
      <div className="trash-item__actions">
        {person.mergedIntoId === undefined && (
          <button
            type="button"
            className="button"
            aria-label={t('trash.restoreLabel', { name: person.displayName })}
            onClick={() => void restore(person)}
          >
            {t('trash.restore')}
          </button>
        )}
        <button
          type="button"
          className="button button--danger"
          aria-label={t('trash.deleteForGoodLabel', { name: person.displayName })}
          onClick={onPurge}
        >
          {t('trash.deleteForGood')}
        </button>
      </div>
    </li>
  );
}
