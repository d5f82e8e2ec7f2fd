// The People list's multiple selection (people-selection.ts), as UI state beside the list's own
// store; a change of filters or sort clears it (what was selected may no longer be listed).
import { create } from 'zustand';
import { NO_SELECTION, type PeopleSelection } from './people-selection';
import { usePeopleListStore } from './people-list-store';

export const usePeopleSelectionStore = create<PeopleSelection>(() => NO_SELECTION);

export function setPeopleSelection(selection: PeopleSelection): void {
  usePeopleSelectionStore.setState(selection, true);
}

export function clearPeopleSelection(): void {
  setPeopleSelection(NO_SELECTION);
}

usePeopleListStore.subscribe((state, previous) => {
  if (state.filters !== previous.filters || state.sort !== previous.sort) clearPeopleSelection();
});
