// "Merge with…": type a name, pick the other record of this person from the first matches.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeopleByName } from './use-people-by-name';

interface MergePersonPickerProps {
  excludeId: string;
  onPick(personId: string): void;
  onCancel(): void;
}

export function MergePersonPicker({ excludeId, onPick, onCancel }: MergePersonPickerProps) {
  const { t } = useTranslation('merge');
  const [typed, setTyped] = useState('');
  const people = usePeopleByName(typed, excludeId);
  return (
    <div className="merge-picker">
      <label className="person-field">
        <span className="person-field__label">{t('pickLabel')}</span>
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </label>
      <ul className="merge-picker__results" aria-label={t('pickResults')}>
        {people.map((person) => (
          <li key={person.id}>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onPick(person.id)}
            >
              {person.company ? `${person.displayName} · ${person.company}` : person.displayName}
            </button>
          </li>
        ))}
      </ul>
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
