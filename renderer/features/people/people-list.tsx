// The People list: a virtualised grid (@tanstack/react-virtual) that keeps only the rows in view
// (plus a few) in the DOM, however many people there are, and fetches only those rows. It is one
// tab stop: the grid holds focus and points at the selected row with aria-activedescendant;
// arrows, Page Up/Down, Home and End move the selection (the virtualiser scrolls to it), Enter
// opens the person, Delete or Backspace moves them to the trash and selects the next one.
// Several people can be selected at once (people-selection.ts): Ctrl/Cmd-click or Space toggles,
// Shift-click and Shift+arrows select a range, Ctrl/Cmd+A all of the list, Escape clears; while
// some are selected, Delete or Backspace moves all of them to the trash, as the bar's button does.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Person } from '../../../shared/domain/entities';
import { selectPerson, usePeopleListStore } from './people-list-store';
import { PersonRow, personRowId, PlaceholderRow } from './person-row';
import {
  keepListed,
  selectAll,
  selectedInOrder,
  selectRange,
  togglePerson,
} from './people-selection';
import {
  clearPeopleSelection,
  setPeopleSelection,
  usePeopleSelectionStore,
} from './people-selection-store';
import { usePeopleRows } from './use-people-rows';
import { useSelectionActions } from './use-selection-actions';
import { useTrashPerson } from './use-trash-person';

export const ROW_HEIGHT = 56;
const OVERSCAN = 6;
/** Rows are fetched in aligned pages, so scrolling a little does not start a new query. */
const FETCH_PAGE = 40;
const PAGE_KEYS_STEP = 10;

function nextIndex(key: string, current: number, count: number): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'PageDown':
      return Math.min(current + PAGE_KEYS_STEP, last);
    case 'PageUp':
      return Math.max(current - PAGE_KEYS_STEP, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

export function PeopleList({
  ids,
  count,
  complete,
}: {
  ids: readonly string[];
  count: number;
  /** False while only the first page of ids is known. */
  complete: boolean;
}) {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const trash = useTrashPerson();
  const selectedId = usePeopleListStore((state) => state.selectedId);
  const picked = usePeopleSelectionStore();
  const pickedIds = useMemo(() => selectedInOrder(picked, ids), [picked, ids]);
  const selectionActions = useSelectionActions(pickedIds);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [now] = useState(() => Date.now());

  // No React Compiler in this app: the virtualiser's own re-renders keep the list current.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // Rows keyed by person, not by position: when a row above goes (trashed), a row's element
    // moves with its person, so a button already under the pointer never acts on the next one.
    getItemKey: (index) => ids[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  const fetchStart = Math.floor(firstIndex / FETCH_PAGE) * FETCH_PAGE;
  const fetchEnd = (Math.floor(lastIndex / FETCH_PAGE) + 1) * FETCH_PAGE;
  const windowIds = useMemo(() => ids.slice(fetchStart, fetchEnd), [ids, fetchStart, fetchEnd]);
  const filteredTopic = usePeopleListStore((state) => state.filters.topic?.key ?? null);
  const rows = usePeopleRows(windowIds, filteredTopic);

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : ids.indexOf(selectedId)),
    [ids, selectedId],
  );

  // Coming back to the list (from a person page), show the selected person again.
  const restoredRef = useRef(false);
  useEffect(() => {
    if (restoredRef.current || selectedIndex < 0) return;
    restoredRef.current = true;
    virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedIndex, virtualizer]);

  // People who left the list (trashed, changed so the filter drops them) leave the selection.
  useEffect(() => {
    if (complete) setPeopleSelection(keepListed(usePeopleSelectionStore.getState(), ids));
  }, [ids, complete]);

  const moveTo = (index: number) => {
    const id = ids[index];
    if (id === undefined) return;
    selectPerson(id);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const open = (person: Pick<Person, 'id'>) => {
    selectPerson(person.id);
    void navigate(`/people/${encodeURIComponent(person.id)}`);
  };

  const onRowClick = (person: Person, event: MouseEvent) => {
    if (event.shiftKey) {
      setPeopleSelection(selectRange(picked, ids, person.id, selectedId));
      selectPerson(person.id);
    } else if (event.ctrlKey || event.metaKey) {
      setPeopleSelection(togglePerson(picked, person.id));
      selectPerson(person.id);
    } else open(person);
  };

  /** Keys for the selection; true when the key was one of them. */
  const selectionKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    const withCommand = event.ctrlKey || event.metaKey;
    if (withCommand && event.key.toLowerCase() === 'a') {
      if (complete) setPeopleSelection(selectAll(ids));
    } else if (event.key === 'Escape' && picked.ids.size > 0) {
      event.stopPropagation();
      clearPeopleSelection();
    } else if (event.key === ' ' && selectedId !== null) {
      setPeopleSelection(togglePerson(picked, selectedId));
    } else if (event.shiftKey) {
      const target = nextIndex(event.key, Math.max(selectedIndex, 0), ids.length);
      const id = target === null ? undefined : ids[target];
      if (target === null || id === undefined) return false;
      setPeopleSelection(selectRange(picked, ids, id, selectedId ?? ids[0]));
      moveTo(target);
    } else return false;
    event.preventDefault();
    return true;
  };

  const trashAndSelectNext = (person: Person) => {
    const index = ids.indexOf(person.id);
    const next = ids[index + 1] ?? ids[index - 1] ?? null;
    if (selectedId === person.id) selectPerson(next);
    void trash(person);
  };

  /** The whole selection to the trash (one write, one Undo); the cursor goes to who is left. */
  const trashSelection = () => {
    const index = Math.max(selectedIndex, 0);
    const staying = (id: string) => !picked.ids.has(id);
    const next =
      ids.slice(index).find(staying) ?? ids.slice(0, index).reverse().find(staying) ?? null;
    selectPerson(next);
    void selectionActions.trash();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (ids.length === 0 || selectionKey(event)) return;
    const isDelete = event.key === 'Delete' || event.key === 'Backspace';
    if (isDelete && pickedIds.length > 0) {
      event.preventDefault();
      trashSelection();
      return;
    }
    const target = nextIndex(event.key, Math.max(selectedIndex, 0), ids.length);
    if (target !== null) {
      event.preventDefault();
      moveTo(selectedIndex < 0 && event.key !== 'End' ? 0 : target);
      return;
    }
    const selected = selectedId === null ? undefined : rows?.get(selectedId)?.person;
    if (!selected) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      open(selected);
    } else if (isDelete) {
      event.preventDefault();
      trashAndSelectNext(selected);
    }
  };

  return (
    <div
      ref={scrollRef}
      className="people-list"
      role="grid"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-rowcount={count}
      aria-multiselectable="true"
      aria-busy={!complete}
      aria-activedescendant={
        selectedId !== null && selectedIndex >= 0 ? personRowId(selectedId) : undefined
      }
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && selectedIndex < 0 && ids.length > 0) {
          moveTo(0);
        }
      }}
    >
      <div className="people-list__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const id = ids[item.index];
          const data = id === undefined ? undefined : rows?.get(id);
          const style = { height: ROW_HEIGHT, transform: `translateY(${item.start}px)` };
          return data ? (
            <PersonRow
              key={item.key}
              data={data}
              index={item.index}
              selected={picked.ids.size > 0 ? picked.ids.has(id) : id === selectedId}
              current={picked.ids.size > 0 && id === selectedId}
              style={style}
              now={now}
              onOpen={onRowClick}
              onTrash={trashAndSelectNext}
            />
          ) : (
            <PlaceholderRow key={item.key} index={item.index} style={style} />
          );
        })}
      </div>
    </div>
  );
}
