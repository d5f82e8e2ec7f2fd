// The People screen's UI state: sort, filters and the selected person. It outlives the screen, so
// coming back from a person page finds the list as it was left (same filters, same selection).
// Data never lives here: the list itself comes from the database through use-people-list.
import { create } from 'zustand';
import { NO_FILTERS, type PeopleFilters, type PeopleSort } from './people-list-query';

interface PeopleListState {
  sort: PeopleSort;
  filters: PeopleFilters;
  selectedId: string | null;
}

export const usePeopleListStore = create<PeopleListState>(() => ({
  sort: 'name',
  filters: NO_FILTERS,
  selectedId: null,
}));

export function setPeopleSort(sort: PeopleSort): void {
  usePeopleListStore.setState({ sort });
}

export function changePeopleFilters(changes: Partial<PeopleFilters>): void {
  usePeopleListStore.setState((state) => ({ filters: { ...state.filters, ...changes } }));
}

export function clearPeopleFilters(): void {
  usePeopleListStore.setState({ filters: NO_FILTERS });
}

export function selectPerson(selectedId: string | null): void {
  usePeopleListStore.setState({ selectedId });
}
