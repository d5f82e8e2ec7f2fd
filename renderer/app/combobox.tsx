// The app's one combobox (the WAI-ARIA pattern: an editable input with a listbox popup), behind
// every person and event picker. Focus stays in the input and the active option is announced
// through aria-activedescendant. ↓/↑ move through the options (Alt+↓ opens the list), Home/End
// jump to the first/last while one is active, Enter takes the active option, Escape closes the
// list (and, with the list closed, is left to the dialog around it).
// `activeFirst` makes the first option active as soon as there is one, for pickers where Enter on
// a typed name means "the best match"; without it no option is active until an arrow picks one,
// so Enter on what was typed is passed on (onEnter), never silently replaced by a suggestion.
// `pending` says the options of what is typed are still being read: an Enter then waits for them
// (with `activeFirst`, it takes the first once they arrive), instead of acting on stale ones.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import '../styles/combobox.css';

export interface ComboboxOption {
  id: string;
  label: string;
  detail?: ReactNode;
}

interface ComboboxProps<Option extends ComboboxOption> {
  label: string;
  listLabel: string;
  value: string;
  options: readonly Option[];
  activeFirst?: boolean;
  /** The options of the typed text are not read yet (see the header). */
  pending?: boolean;
  placeholder?: string;
  className?: string;
  labelClassName?: string;
  inputClassName?: string;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
  invalid?: boolean;
  onChange(value: string): void;
  onChoose(option: Option): void;
  onEnter?(): void;
}

export function Combobox<Option extends ComboboxOption>({
  inputRef,
  ...props
}: ComboboxProps<Option>) {
  const { options, activeFirst = false, pending = false } = props;
  const id = useId();
  const listId = `${id}-list`;
  const [pickedIndex, setPickedIndex] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(pickedIndex ?? (activeFirst ? 0 : -1), options.length - 1);
  const active = expanded ? options[activeIndex] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;

  /** An Enter came while the options were pending: it is answered once they are read. */
  const enterWaiting = useRef(false);

  const choose = (option: Option) => {
    setOpen(false);
    setPickedIndex(null);
    props.onChoose(option);
  };

  const passOnEnter = () => {
    setOpen(false);
    props.onEnter?.();
  };

  const enter = () => {
    if (active) choose(active);
    else if (pending) enterWaiting.current = true;
    else passOnEnter();
  };

  const answerWaitingEnter = (first: Option | undefined) => {
    if (first) choose(first);
    else passOnEnter();
  };

  useEffect(() => {
    if (!enterWaiting.current || pending) return;
    enterWaiting.current = false;
    // The options an Enter waited for have been read from the database: answer it now.
    answerWaitingEnter(activeFirst ? options[0] : undefined);
    // Runs when the options arrive; the callbacks used are this render's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);

  const move = (index: number) => {
    setOpen(true);
    setPickedIndex(index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      setOpen(true);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && last >= 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!expanded) move(step > 0 ? Math.max(activeIndex, 0) : last);
      else if (activeIndex < 0) move(step > 0 ? 0 : last);
      else move((activeIndex + step + options.length) % options.length);
    } else if ((event.key === 'Home' || event.key === 'End') && active) {
      event.preventDefault();
      move(event.key === 'Home' ? 0 : last);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      enter();
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setPickedIndex(null);
    }
  };

  return (
    <div className={props.className ? `combobox ${props.className}` : 'combobox'}>
      <label htmlFor={id} className={props.labelClassName}>
        {props.label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className={props.inputClassName}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(activeIndex) : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
          setOpen(true);
          setPickedIndex(null);
          enterWaiting.current = false;
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        className="combobox__list"
        role="listbox"
        aria-label={props.listLabel}
        hidden={!expanded}
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="combobox__option"
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
