// A text input with suggestions (ARIA combobox with a listbox). Focus stays in the input; the
// active option is announced through aria-activedescendant. No option is active until an arrow
// key picks one, so Enter on what was typed never silently picks a suggestion: Enter chooses the
// active option if there is one, else it is passed on (onEnter). Escape closes the list.
import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

export interface SuggestionOption {
  id: string;
  label: string;
  detail?: ReactNode;
}

export function SuggestionCombobox<Option extends SuggestionOption>({
  label,
  listLabel,
  value,
  options,
  inputRef,
  describedBy,
  onChange,
  onChoose,
  onEnter,
}: {
  label: string;
  listLabel: string;
  value: string;
  options: readonly Option[];
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  onChange(value: string): void;
  onChoose(option: Option): void;
  onEnter(): void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const [activeIndex, setActiveIndex] = useState(-1);
  const [open, setOpen] = useState(false);
  const expanded = open && options.length > 0;
  const active = expanded ? options[activeIndex] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (option: Option) => {
    setOpen(false);
    setActiveIndex(-1);
    onChoose(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && options.length > 0) {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => {
        const from = index < 0 && step < 0 ? 0 : index;
        return (from + step + options.length) % options.length;
      });
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (active) choose(active);
      else {
        setOpen(false);
        onEnter();
      }
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActiveIndex(-1);
    }
  };

  return (
    <div className="suggestion-combobox">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        className="suggestion-combobox__list"
        role="listbox"
        aria-label={listLabel}
        hidden={!expanded}
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="suggestion-combobox__option"
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <span>{option.label}</span>
            {option.detail && <span className="muted">{option.detail}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
