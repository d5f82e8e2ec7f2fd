// "Merge with…": type a name, pick the other record of this person from the first matches.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../app/combobox';
import { personOption } from './person-option';
import { usePersonMatches } from './use-people-by-name';

interface MergePersonPickerProps {
  excludeId: string;
  onPick(personId: string): void;
  onCancel(): void;
}

export function MergePersonPicker({ excludeId, onPick, onCancel }: MergePersonPickerProps) {
  const { t } = useTranslation('merge');
  const [typed, setTyped] = useState('');
  const { people, pending } = usePersonMatches(typed, excludeId);
  return (
    <div className="merge-picker">
      <Combobox
        className="person-field"
        labelClassName="person-field__label"
        label={t('pickLabel')}
        listLabel={t('pickResults')}
        value={typed}
        options={people.map(personOption)}
        activeFirst
        pending={pending}
        onChange={setTyped}
        onChoose={(option) => onPick(option.id)}
      />
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
