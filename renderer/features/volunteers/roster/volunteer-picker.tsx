// Choosing who to put on a shift: type a name, pick one of the first people whose name starts
// with it (see use-volunteer-candidates), or create a new person with that name on the spot.
// Arrow keys move through the choices and Enter takes the active one (the first by default).
// The choices are those of the text typed now (see use-volunteer-candidates).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Combobox } from '../../../app/combobox';
import { useDatabase } from '../../../app/database-context';
import { createPerson } from '../../../data/writes/people-writes';
import { personOption } from '../../merge/person-option';
import { useVolunteerCandidates } from './use-volunteer-candidates';

interface VolunteerPickerProps {
  label: string;
  onPick(personId: string): Promise<void> | void;
}

const NEW_PERSON = 'new';

export function VolunteerPicker({ label, onPick }: VolunteerPickerProps) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const [typed, setTyped] = useState('');
  const { people: matches, pending } = useVolunteerCandidates(typed);
  const name = typed.trim();
  // "Create …" only once the matches are known: an Enter meanwhile waits for them.
  const options = pending
    ? []
    : [
        ...matches.map(personOption),
        ...(name === '' ? [] : [{ id: NEW_PERSON, label: t('roster.picker.create', { name }) }]),
      ];

  const choose = async (id: string) => {
    setTyped('');
    await onPick(id === NEW_PERSON ? (await createPerson(db, { displayName: name })).id : id);
  };

  return (
    <Combobox
      className="volunteer-picker person-field"
      labelClassName="person-field__label"
      label={label}
      listLabel={t('roster.picker.choices')}
      placeholder={t('roster.picker.placeholder')}
      value={typed}
      options={options}
      activeFirst
      pending={pending}
      onChange={setTyped}
      onChoose={(option) => void choose(option.id)}
    />
  );
}
