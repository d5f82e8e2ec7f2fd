// Whether the "Add person" dialog is open (UI state); the palette command and `N` open it.
import { create } from 'zustand';

interface AddPersonState {
  isOpen: boolean;
}

export const useAddPersonStore = create<AddPersonState>(() => ({ isOpen: false }));

export function openAddPerson(): void {
  useAddPersonStore.setState({ isOpen: true });
}

export function closeAddPerson(): void {
  useAddPersonStore.setState({ isOpen: false });
}
