// One of the two people of an introduction: the chosen person with "Change", or a name field with
// the first matching people (by sort name, through the index) to pick from, by keyboard too.
import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../app/combobox';
import { personOption } from '../merge/person-option';
import { usePersonMatches } from '../merge/use-people-by-name';
import { usePerson } from '../person/use-person';

interface PersonSlotProps {
  label: string;
  personId: string | null;
  excludeId: string | null;
  /** The name field while no one is chosen, for the dialog to move focus to. */
  inputRef?: Ref<HTMLInputElement>;
  onChange(personId: string | null): void;
}

export function PersonSlot({ label, personId, excludeId, inputRef, onChange }: PersonSlotProps) {
  const { t } = useTranslation('introductions');
  const labelId = useId();
  const [typed, setTyped] = useState('');
  const { people: matches, pending } = usePersonMatches(typed, excludeId ?? '');
  const lookup = usePerson(personId ?? '');
  const name = lookup.state === 'found' ? lookup.person.displayName : '';

  if (personId !== null) {
    return (
      <div className="introduction-slot" role="group" aria-labelledby={labelId}>
        <span id={labelId} className="person-field__label">
          {label}
        </span>
        <span className="introduction-slot__name">{name}</span>
        <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
          {t('dialog.change')}
        </button>
      </div>
    );
  }
  return (
    <div className="introduction-slot introduction-slot--picking">
      <Combobox
        className="person-field"
        labelClassName="person-field__label"
        label={label}
        listLabel={t('dialog.matches')}
        placeholder={t('dialog.typeName')}
        value={typed}
        options={matches.map(personOption)}
        activeFirst
        pending={pending}
        inputRef={inputRef}
        onChange={setTyped}
        onChoose={(option) => {
          setTyped('');
          onChange(option.id);
        }}
      />
    </div>
  );
}
