// One topic group of a person (interests, can offer, looking for): chips with a remove button,
// and a combobox that suggests known topics and their aliases as you type. Keyboard: arrows move
// through the suggestions, Enter adds the active one (or the text as a new topic), Backspace in
// the empty field removes the last chip, Escape clears the text. Each change goes out as one edit
// naming the topic (shared/people/list-edit), applied to the list as stored: two quick Enters, or
// an Enter and a removal, all stick even before the first save came back. An Enter pressed before
// the suggestions for what was typed are read looks them up itself, so it never adds a
// suggestion for the text typed before.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListEdit } from '../../../shared/people/list-edit';
import { useDatabase } from '../../app/database-context';
import { readTopicSuggestions, useTopicLabels, useTopicSuggestions } from './use-topics';

interface TopicChipsProps {
  label: string;
  keys: readonly string[];
  onEdit(edit: ListEdit): void;
}

export function TopicChips({ label, keys, onEdit }: TopicChipsProps) {
  const { t } = useTranslation('person');
  const db = useDatabase();
  const [typed, setTyped] = useState('');
  const latestTyped = useRef(typed);
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();
  const labelOf = useTopicLabels(keys);
  const current = useTopicSuggestions(typed, keys);
  const suggestions = current ?? [];
  const expanded = typed.trim() !== '' && suggestions.length > 0;
  const active = expanded ? suggestions[Math.min(activeIndex, suggestions.length - 1)] : undefined;

  const changeTyped = (text: string) => {
    latestTyped.current = text;
    setTyped(text);
    setActiveIndex(0);
  };

  const add = (topic: string) => {
    changeTyped('');
    if (topic.trim() !== '') onEdit({ add: topic });
  };

  const addBestSuggestion = async (text: string) => {
    const [best] = await readTopicSuggestions(db, text, keys);
    if (latestTyped.current === text) add(best?.key ?? text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && expanded) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && typed.trim() !== '') {
      event.preventDefault();
      if (current === undefined) void addBestSuggestion(typed);
      else add(active?.key ?? typed);
    } else if (event.key === 'Backspace' && typed === '' && keys.length > 0) {
      event.preventDefault();
      onEdit({ remove: keys[keys.length - 1]! });
    } else if (event.key === 'Escape' && typed !== '') {
      event.preventDefault();
      event.stopPropagation();
      changeTyped('');
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
              onClick={() => onEdit({ remove: key })}
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
          onChange={(event) => changeTyped(event.target.value)}
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
