// The command palette (Ctrl/⌘K): a modal dialog with a combobox input and a listbox of the
// registered commands. Focus stays in the input (options are reached with aria-activedescendant),
// arrows move, Enter runs, Escape or a click outside closes, and focus returns to where it was.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/command-palette.css';
import { addEveryLanguage } from '../../i18n/create-i18n';
import { useModalFocus } from '../use-modal-focus';
import { useCommands, type Command } from './command-registry';
import { filterCommands } from './match-commands';
import { closePalette, setPaletteQuery, usePaletteStore } from './palette-store';

export function CommandPalette() {
  const isOpen = usePaletteStore((state) => state.isOpen);
  return isOpen ? <OpenCommandPalette /> : null;
}

function OpenCommandPalette() {
  const { t, i18n } = useTranslation();
  const commands = useCommands();
  const query = usePaletteStore((state) => state.query);
  const [activeIndex, setActiveIndex] = useState(0);
  const listId = useId();
  const titleId = useId();
  const matches = useMemo(() => filterCommands(commands, query), [commands, query]);
  const active = matches[Math.min(activeIndex, matches.length - 1)] as Command | undefined;
  const optionId = (command: Command) => `${listId}-${command.id}`;

  const dialogRef = useRef<HTMLDivElement>(null);
  useModalFocus(dialogRef);
  // Commands are found by their names in every UI language; the others load on demand.
  useEffect(() => {
    void addEveryLanguage(i18n).catch(() => undefined);
  }, [i18n]);

  useEffect(() => {
    if (active) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const run = (command: Command) => {
    closePalette();
    void command.run();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const last = matches.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex >= last ? 0 : activeIndex + 1,
      ArrowUp: activeIndex <= 0 ? last : activeIndex - 1,
      Home: 0,
      End: last,
    };
    if (event.key in moves && matches.length > 0) {
      event.preventDefault();
      setActiveIndex(moves[event.key]);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      run(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closePalette();
    } else if (event.key === 'Tab') {
      event.preventDefault();
    }
  };

  return (
    <div className="palette-backdrop" onMouseDown={closePalette}>
      <div
        ref={dialogRef}
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="visually-hidden">
          {t('palette.label')}
        </h2>
        <input
          className="palette__input"
          type="text"
          role="combobox"
          aria-label={t('palette.inputLabel')}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active ? optionId(active) : undefined}
          placeholder={t('palette.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setPaletteQuery(event.target.value);
            setActiveIndex(0);
          }}
        />
        <ul
          id={listId}
          className="palette__list"
          role="listbox"
          aria-label={t('palette.listLabel')}
        >
          {matches.map((command, index) => (
            <li
              key={command.id}
              id={optionId(command)}
              className="palette__option"
              role="option"
              aria-selected={command === active}
              onMouseMove={() => setActiveIndex(index)}
              onClick={() => run(command)}
            >
              <span className="palette__title">{command.title}</span>
              <span className="palette__section">{command.section}</span>
            </li>
          ))}
        </ul>
        <p className="palette__empty" role="status">
          {matches.length === 0 ? t('palette.noResults', { query }) : ''}
        </p>
        <p className="palette__hint" aria-hidden="true">
          {t('palette.hint')}
        </p>
      </div>
    </div>
  );
}
