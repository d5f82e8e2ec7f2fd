// The person page's undo history (UI state): for each saved edit, the previous values of exactly
// the fields it changed. Undo writes those values back through updatePerson, so the derived keys
// and a composed display name follow, and it never touches a field the edit did not change.
import { create } from 'zustand';
import type { PersonChanges } from '../../data/writes/person-input';

export interface PersonUndoEntry {
  id: number;
  personId: string;
  previous: PersonChanges;
}

interface PersonUndoState {
  entries: readonly PersonUndoEntry[];
}

const MAX_ENTRIES = 50;
const usePersonUndoStore = create<PersonUndoState>(() => ({ entries: [] }));
let nextId = 1;

export function rememberPreviousValues(personId: string, previous: PersonChanges): PersonUndoEntry {
  const entry = { id: nextId++, personId, previous };
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
