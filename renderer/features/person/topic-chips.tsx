// One topic group of a person (interests, can offer, looking for): chips with a remove button,
// and a combobox that suggests known topics and their aliases as you type. Keyboard: arrows move
// through the suggestions, Enter adds the active one (or the text as a new topic), Backspace in
// the empty field removes the last chip, Escape clears the text. Edits build on the list as last
// edited here, not on the stored one: two quick Enters would otherwise both start from the list
// before the first save came back, and the second would drop the first topic.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseTopicKey } from '../../../shared/topics/normalise-topic-key';
import { useTopicLabels, useTopicSuggestions } from './use-topics';

/** A list as stored: the database keeps topic keys, the field may have sent the typed text. */
const signature = (keys: readonly string[]) =>
  keys.map((key) => normaliseTopicKey(key)).join('\u0000');

interface TopicChipsProps {
  label: string;
  keys: readonly string[];
  onSave(topics: string[]): void;
}

export function TopicChips({ label, keys: storedKeys, onSave }: TopicChipsProps) {
  const { t } = useTranslation('person');
  // What this field edited since the stored list last matched it: the lists on their way to the
  // database (the one it held before, then each one saved), newest last.
  const [pending, setPending] = useState<string[][]>([]);
  const stored = signature(storedKeys);
  const waiting = pending.slice(0, -1).some((list) => signature(list) === stored);
  const keys = waiting ? pending[pending.length - 1]! : storedKeys;
  const save = (next: string[]) => {
    setPending(waiting ? [...pending, next] : [[...storedKeys], next]);
    onSave(next);
  };
  const [typed, setTyped] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();
  const labelOf = useTopicLabels(keys);
  const suggestions = useTopicSuggestions(typed, keys);
  const expanded = typed.trim() !== '' && suggestions.length > 0;
  const active = expanded ? suggestions[Math.min(activeIndex, suggestions.length - 1)] : undefined;

  const add = (topic: string) => {
    setTyped('');
    setActiveIndex(0);
    if (topic.trim() !== '') save([...keys, topic]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && expanded) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && typed.trim() !== '') {
      event.preventDefault();
      add(active?.key ?? typed);
    } else if (event.key === 'Backspace' && typed === '' && keys.length > 0) {
      event.preventDefault();
      save(keys.slice(0, -1));
    } else if (event.key === 'Escape' && typed !== '') {
      event.preventDefault();
      event.stopPropagation();
      setTyped('');
    }
  };

  return (
    <div className="topic-chips" role="group" aria-label={label}>
      <span className="person-field__label">{label}</span>
      <ul className="topic-chips__list" aria-label={label}>
        {keys.map((key) => (
          <li key={key} className="topic-chip">
            <span>{labelOf(key)}</span>
            <button
              type="button"
              className="topic-chip__remove"
              aria-label={t('topics.remove', { topic: labelOf(key) })}
              onClick={() => save(keys.filter((existing) => existing !== key))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="topic-chips__entry">
        <input
          className="editable"
          type="text"
          role="combobox"
          aria-label={t('topics.add', { group: label })}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? `${listId}-${active.key}` : undefined}
          placeholder={t('topics.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setActiveIndex(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" className="topic-chips__suggestions" hidden={!expanded}>
          {suggestions.map((suggestion) => (
            <li
              key={suggestion.key}
              id={`${listId}-${suggestion.key}`}
              role="option"
              aria-selected={suggestion === active}
              className="topic-chips__suggestion"
              onPointerDown={(event) => {
                event.preventDefault();
                add(suggestion.key);
              }}
            >
              {suggestion.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
