// The person page's undo history (UI state): for each saved edit, what takes it back: the
// previous values of exactly the fields it changed (written back through updatePerson, so a
// composed display name follows), or for a list edit the edit that reverses it (applied to the
// list as stored by then). Undo never touches a field, or a list item, the edit did not change.
import { create } from 'zustand';
import type { ListEdit } from '../../../shared/people/list-edit';
import type { PersonChanges, PersonListField } from '../../data/writes/person-input';

export type PersonUndo = { fields: PersonChanges } | { list: PersonListField; edit: ListEdit };

export interface PersonUndoEntry {
  id: number;
  personId: string;
  undo: PersonUndo;
}

interface PersonUndoState {
  entries: readonly PersonUndoEntry[];
}

const MAX_ENTRIES = 50;
const usePersonUndoStore = create<PersonUndoState>(() => ({ entries: [] }));
let nextId = 1;

export function rememberUndo(personId: string, undo: PersonUndo): PersonUndoEntry {
  const entry = { id: nextId++, personId, undo };
  usePersonUndoStore.setState((state) => ({
    entries: [...state.entries, entry].slice(-MAX_ENTRIES),
  }));
  return entry;
}

/** Removes and returns the entry (undefined when it was undone already). */
export function takeUndoEntry(id: number): PersonUndoEntry | undefined {
  const entry = usePersonUndoStore.getState().entries.find((candidate) => candidate.id === id);
  if (entry) forget(entry.id);
  return entry;
}

/** Removes and returns the newest entry for a person. */
export function takeLatestUndoEntry(personId: string): PersonUndoEntry | undefined {
  const entry = usePersonUndoStore
    .getState()
    .entries.findLast((candidate) => candidate.personId === personId);
  if (entry) forget(entry.id);
  return entry;
}

function forget(id: number): void {
  usePersonUndoStore.setState((state) => ({
    entries: state.entries.filter((entry) => entry.id !== id),
  }));
}
