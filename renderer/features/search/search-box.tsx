// The search box in the app header: a combobox whose listbox shows people as you type. Focus
// stays in the input (the active option is announced with aria-activedescendant); arrows move,
// Enter opens the person, Escape clears. `/` or Ctrl/⌘F focuses it from anywhere.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import '../../styles/search.css';
import { SearchResultOption } from './search-result-option';
import { isSearchShortcut, searchAriaShortcut, searchShortcutLabel } from './search-shortcut';
import { usePalettePeopleCommands } from './use-palette-people-commands';
import { usePeopleSearch, useStartSearchIndexWhenIdle } from './use-people-search';

export const SEARCH_BOX_RESULT_LIMIT = 20;

export function SearchBox() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const { hits, ready, failed, query: answered } = usePeopleSearch(query, SEARCH_BOX_RESULT_LIMIT);
  useStartSearchIndexWhenIdle();
  usePalettePeopleCommands();

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const typed = query.trim() !== '';
  const expanded = open && typed;
  const active = hits[Math.min(activeIndex, hits.length - 1)];
  const optionId = (index: number) => `${listId}-${index}`;

  const openPerson = (id: string) => {
    setOpen(false);
    navigate(`/people/${encodeURIComponent(id)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && hits.length > 0) {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (Math.min(index, last) + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && expanded && active) {
      event.preventDefault();
      openPerson(active.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
      setOpen(false);
    }
  };

  let status = '';
  if (typed && failed) status = t('unavailable');
  else if (typed && !ready) status = t('loading');
  else if (typed && answered === query.trim()) {
    status =
      hits.length === 0
        ? t('noResults', { query: query.trim() })
        : t('resultCount', { count: hits.length });
  }

  return (
    <div className="search-box">
      <input
        ref={inputRef}
        className="search-box__input"
        type="search"
        role="combobox"
        aria-label={t('label')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active ? optionId(hits.indexOf(active)) : undefined}
        aria-keyshortcuts={searchAriaShortcut()}
        placeholder={t('placeholder')}
        title={t('shortcutHint', { shortcut: searchShortcutLabel() })}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        className="search-box__results"
        role="listbox"
        aria-label={t('resultsLabel')}
        hidden={!expanded || hits.length === 0}
      >
        {hits.map((hit, index) => (
          <SearchResultOption
            key={hit.id}
            id={optionId(index)}
            hit={hit}
            active={hit === active}
            onPointerEnter={() => setActiveIndex(index)}
            onChoose={() => openPerson(hit.id)}
          />
        ))}
      </ul>
      <p className="search-box__status visually-hidden" role="status">
        {expanded ? status : ''}
      </p>
      {expanded && hits.length === 0 && status && (
        <p className="search-box__empty" aria-hidden="true">
          {status}
        </p>
      )}
    </div>
  );
}
