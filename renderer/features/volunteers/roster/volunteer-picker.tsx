// Choosing who to put on a shift: type a name, pick one of the first people whose name starts
// with it (see use-volunteer-candidates), or create a new person with that name on the spot.
// Arrow keys move through the choices and Enter takes the highlighted one (the first by default).
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../app/database-context';
import { createPerson } from '../../../data/writes/people-writes';
import { useVolunteerCandidates } from './use-volunteer-candidates';

interface VolunteerPickerProps {
  label: string;
  onPick(personId: string): Promise<void> | void;
}

export function VolunteerPicker({ label, onPick }: VolunteerPickerProps) {
  const { t } = useTranslation('volunteers');
  const db = useDatabase();
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const matches = useVolunteerCandidates(typed);
  const name = typed.trim();
  const choices = [
    ...matches.map((person) => ({
      key: person.id,
      label: person.company ? `${person.displayName} · ${person.company}` : person.displayName,
      pick: () => onPick(person.id),
    })),
    ...(name === ''
      ? []
      : [
          {
            key: 'new',
            label: t('roster.picker.create', { name }),
            pick: async () => onPick((await createPerson(db, { displayName: name })).id),
          },
        ]),
  ];
  const highlighted = Math.min(active, choices.length - 1);

  const choose = async (index: number) => {
    const choice = choices[index];
    if (!choice) return;
    setTyped('');
    setActive(0);
    await choice.pick();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((highlighted + step + choices.length) % Math.max(1, choices.length));
    } else if (event.key === 'Enter' && choices.length > 0) {
      event.preventDefault();
      void choose(highlighted);
    }
  };

  return (
    <div className="volunteer-picker">
      <label className="person-field">
        <span className="person-field__label">{label}</span>
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('roster.picker.placeholder')}
          aria-controls={listId}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      {choices.length > 0 && (
        <ul
          id={listId}
          className="volunteer-picker__choices"
          aria-label={t('roster.picker.choices')}
        >
          {choices.map((choice, index) => (
            <li key={choice.key}>
              <button
                type="button"
                className={`button button--quiet${index === highlighted ? ' is-active' : ''}`}
                onClick={() => void choose(index)}
              >
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
